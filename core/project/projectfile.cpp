#include "project/projectfile.h"

#include "layout/documentloader.h"
#include "text/pageloader.h"
#include "text/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace Jiaokan::Core {

namespace {

const QString FormatName = QStringLiteral("jiaokan-project");

QJsonObject anchorJson(const Annotation::Anchor &anchor, int page)
{
    return QJsonObject{
        {QStringLiteral("page"), page},
        {QStringLiteral("offset"), qint64(anchor.text.offset)},
        {QStringLiteral("text"), anchor.text.text},
        {QStringLiteral("before"), anchor.text.before},
        {QStringLiteral("after"), anchor.text.after},
    };
}

// Reading: each check names the field, so that a damaged file says where.
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    {
    }

    bool fail(const QString &what)
    {
        if (m_ok)
            *m_error = what;
        m_ok = false;
        return false;
    }
    bool ok() const { return m_ok; }

    QJsonValue field(const QJsonObject &o, const QString &where, const QString &name, QJsonValue::Type type,
                     bool required = true)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() && !required)
            return v;
        if (v.type() != type) {
            fail(v.isUndefined() ? Tr::tr("%1 has no \"%2\"").arg(where, name)
                                 : Tr::tr("\"%2\" of %1 is not %3").arg(where, name, typeName(type)));
            return {};
        }
        return v;
    }
    QString string(const QJsonObject &o, const QString &where, const QString &name, bool required = true)
    {
        return field(o, where, name, QJsonValue::String, required).toString();
    }
    qint64 integer(const QJsonObject &o, const QString &where, const QString &name, qint64 min, qint64 max)
    {
        const QJsonValue v = field(o, where, name, QJsonValue::Double);
        const double d = v.toDouble();
        // The range first: converting a double out of range to an integer is undefined
        // (found by fuzz_project with 1.1e99, and again with 2.2e49 after an earlier
        // field had failed, when only the first failure was checked).
        if (!(d >= double(min) && d <= double(max)) || d != std::floor(d)) {
            fail(Tr::tr("\"%2\" of %1 is %3, not a whole number from %4 to %5")
                     .arg(where, name).arg(d).arg(min).arg(max));
            return min;
        }
        return qint64(d);
    }

    // The array's i-th element, which must be an object.
    std::optional<QJsonObject> object(const QJsonArray &array, qsizetype i, const QString &where)
    {
        if (!array[i].isObject()) {
            fail(Tr::tr("%1 is not an object").arg(where));
            return std::nullopt;
        }
        return array[i].toObject();
    }
    // A page number of the project's pages.
    int page(const QJsonValue &value, const QString &where, qint64 lastPage)
    {
        const double page = value.toDouble(-1);
        if (!(page >= 0 && page <= double(lastPage)) || page != std::floor(page)) {
            fail(Tr::tr("%1 names a page that is not in the project").arg(where));
            return -1;
        }
        return int(page);
    }

private:
    static QString typeName(QJsonValue::Type type)
    {
        switch (type) {
        case QJsonValue::String: return Tr::tr("a string");
        case QJsonValue::Double: return Tr::tr("a number");
        case QJsonValue::Array: return Tr::tr("a list");
        case QJsonValue::Object: return Tr::tr("an object");
        case QJsonValue::Bool: return Tr::tr("true or false");
        default: return Tr::tr("a value");
        }
    }

    QString *m_error;
    bool m_ok = true;
};

} // namespace

QByteArray ProjectFile::toJson(const Project &project, const QDir &folder)
{
    QJsonArray pages;
    for (const Project::Page &page : project.pages) {
        QJsonObject o{{QStringLiteral("sha256"), page.digest}, {QStringLiteral("encoding"), page.encoding}};
        if (page.text) {
            o.insert(QStringLiteral("name"), page.path);
            o.insert(QStringLiteral("text"), *page.text);
        } else {
            o.insert(QStringLiteral("path"), QDir::fromNativeSeparators(folder.relativeFilePath(page.path)));
        }
        if (!page.label.isEmpty())
            o.insert(QStringLiteral("label"), page.label);
        pages.append(o);
    }
    const auto pageIndex = [&](const QString &path) {
        for (int i = 0; i < project.pages.size(); ++i) {
            if (project.pages[i].path == path)
                return i;
        }
        return -1;
    };

    QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("schemaVersion"), SchemaVersion},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("options"),
         QJsonObject{
             {QStringLiteral("ignore"), project.options.ignoreList()},
             {QStringLiteral("granularity"), project.options.granularity == CompareOptions::Granularity::Word
                                                 ? QStringLiteral("word")
                                                 : QStringLiteral("character")},
         }},
    };
    if (!project.recoveryOf.isEmpty())
        root.insert(QStringLiteral("recoveryOf"), project.recoveryOf);
    if (project.comparison) {
        root.insert(QStringLiteral("comparison"),
                    QJsonObject{{QStringLiteral("pages"), QJsonArray{project.comparison->pages[0], project.comparison->pages[1]}},
                                {QStringLiteral("line"), project.comparison->line}});
    }
    if (!project.chosen.isEmpty()) {
        QJsonArray chosen;
        for (const auto &sides : project.chosen) {
            QJsonArray pair;
            for (const Project::ChosenSide &side : sides)
                pair.append(QJsonObject{{QStringLiteral("page"), side.page},
                                        {QStringLiteral("firstRank"), side.firstRank},
                                        {QStringLiteral("lastRank"), side.lastRank},
                                        {QStringLiteral("firstOffset"), side.firstOffset},
                                        {QStringLiteral("lastEnd"), side.lastEnd}});
            chosen.append(pair);
        }
        root.insert(QStringLiteral("chosen"), chosen);
    }
    if (project.collation) {
        QJsonArray witnesses;
        for (int page : project.collation->witnesses)
            witnesses.append(page);
        root.insert(QStringLiteral("collation"), QJsonObject{{QStringLiteral("witnesses"), witnesses},
                                                             {QStringLiteral("base"), project.collation->base}});
    }
    QJsonArray annotations;
    for (const Annotation &a : project.annotations) {
        QJsonArray anchors;
        for (const Annotation::Anchor &anchor : a.anchors)
            anchors.append(anchorJson(anchor, pageIndex(anchor.page)));
        annotations.append(QJsonObject{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("target"), a.target == Annotation::Target::Location ? QStringLiteral("location")
                                                                                : QStringLiteral("difference")},
            {QStringLiteral("status"), reviewStatusName(a.status)},
            {QStringLiteral("comment"), a.comment},
            {QStringLiteral("modified"), a.modified.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("anchors"), anchors},
        });
    }
    root.insert(QStringLiteral("annotations"), annotations);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Project> ProjectFile::fromJson(const QByteArray &json, const QDir &folder, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("the file is damaged: %1 at byte %2 of %3")
                     .arg(parseError.errorString()).arg(parseError.offset).arg(json.size());
        return std::nullopt;
    }
    if (!document.isObject() || document.object().value(QStringLiteral("format")).toString() != FormatName) {
        *error = Tr::tr("this is not a Jiaokan project (no \"format\": \"%1\")").arg(FormatName);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("schemaVersion"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInt())) {
        *error = Tr::tr("the file is damaged: its schema version is missing or not a whole number");
        return std::nullopt;
    }
    if (version.toInt() > SchemaVersion) {
        *error = Tr::tr("the project was saved by a newer version of Jiaokan (schema version %1; this version "
                        "reads up to %2)").arg(version.toInt()).arg(SchemaVersion);
        return std::nullopt;
    }

    Reader r(error);
    Project project;
    const QString root_ = Tr::tr("the project");
    const QJsonArray pages = r.field(root, root_, QStringLiteral("pages"), QJsonValue::Array).toArray();
    for (qsizetype i = 0; i < pages.size() && r.ok(); ++i) {
        const QString where = Tr::tr("page %1").arg(i + 1);
        const auto object = r.object(pages, i, where);
        if (!object)
            break;
        const QJsonObject &o = *object;
        Project::Page page;
        page.digest = r.string(o, where, QStringLiteral("sha256"));
        page.encoding = r.string(o, where, QStringLiteral("encoding"), false);
        page.label = r.string(o, where, QStringLiteral("label"), false);
        if (o.contains(QStringLiteral("text"))) {
            page.text = r.string(o, where, QStringLiteral("text"));
            page.path = r.string(o, where, QStringLiteral("name"));
        } else {
            QString path = r.string(o, where, QStringLiteral("path"));
            if (r.ok() && path.isEmpty())
                r.fail(Tr::tr("%1 has an empty path").arg(where));
            // A leading ':' is a file name here, not one of Qt's resources (found by
            // fuzz_project: such a path did not survive a save).
            if (path.startsWith(u':'))
                path.prepend(QStringLiteral("./"));
            page.path = QDir::cleanPath(folder.absoluteFilePath(path));
        }
        project.pages.append(page);
    }
    const qint64 lastPage = project.pages.size() - 1;

    const QString optionsWhere = Tr::tr("the options");
    const QJsonObject options = r.field(root, root_, QStringLiteral("options"), QJsonValue::Object).toObject();
    if (r.ok()) {
        QString why;
        const auto parsed = CompareOptions::withIgnoreList(r.string(options, optionsWhere, QStringLiteral("ignore")), &why);
        if (!parsed)
            r.fail(Tr::tr("the options are damaged: %1").arg(why));
        else
            project.options = *parsed;
        const QString granularity = r.string(options, optionsWhere, QStringLiteral("granularity"));
        if (granularity == u"word")
            project.options.granularity = CompareOptions::Granularity::Word;
        else if (r.ok() && granularity != u"character")
            r.fail(Tr::tr("the options are damaged: no granularity \"%1\"").arg(granularity));
    }
    project.recoveryOf = r.string(root, root_, QStringLiteral("recoveryOf"), false);

    if (root.contains(QStringLiteral("comparison")) && r.ok()) {
        const QString where = Tr::tr("the comparison");
        const QJsonObject o = r.field(root, root_, QStringLiteral("comparison"), QJsonValue::Object).toObject();
        const QJsonArray two = r.field(o, where, QStringLiteral("pages"), QJsonValue::Array).toArray();
        Project::Comparison c;
        if (r.ok() && two.size() != 2)
            r.fail(Tr::tr("%1 does not name two pages").arg(where));
        for (int s = 0; s < 2 && r.ok(); ++s)
            c.pages[size_t(s)] = r.page(two[s], where, lastPage);
        c.line = int(r.integer(o, where, QStringLiteral("line"), 0, std::numeric_limits<int>::max()));
        project.comparison = c;
    }
    if (root.contains(QStringLiteral("chosen")) && r.ok()) {
        const QJsonArray chosen = r.field(root, root_, QStringLiteral("chosen"), QJsonValue::Array).toArray();
        constexpr qint64 Most = std::numeric_limits<int>::max();
        for (qsizetype i = 0; i < chosen.size() && r.ok(); ++i) {
            const QString where = Tr::tr("chosen comparison %1").arg(i + 1);
            const QJsonArray pair = chosen[i].toArray();
            if (!chosen[i].isArray() || pair.size() != 2) {
                r.fail(Tr::tr("%1 does not name two sides").arg(where));
                break;
            }
            std::array<Project::ChosenSide, 2> sides;
            for (int s = 0; s < 2 && r.ok(); ++s) {
                const auto o = r.object(pair, s, where);
                if (!o)
                    break;
                Project::ChosenSide &side = sides[size_t(s)];
                side.page = r.page(o->value(QStringLiteral("page")), where, lastPage);
                side.firstRank = int(r.integer(*o, where, QStringLiteral("firstRank"), 0, Most));
                side.lastRank = int(r.integer(*o, where, QStringLiteral("lastRank"), -1, Most));
                side.firstOffset = int(r.integer(*o, where, QStringLiteral("firstOffset"), -1, Most));
                side.lastEnd = int(r.integer(*o, where, QStringLiteral("lastEnd"), -1, Most));
            }
            project.chosen.append(sides);
        }
    }
    if (root.contains(QStringLiteral("collation")) && r.ok()) {
        const QString where = Tr::tr("the collation");
        const QJsonObject o = r.field(root, root_, QStringLiteral("collation"), QJsonValue::Object).toObject();
        Project::CollationChoice c;
        const QJsonArray witnesses = r.field(o, where, QStringLiteral("witnesses"), QJsonValue::Array).toArray();
        for (qsizetype i = 0; i < witnesses.size() && r.ok(); ++i)
            c.witnesses.append(r.page(witnesses[i], where, lastPage));
        c.base = int(r.integer(o, where, QStringLiteral("base"), -1, lastPage));
        project.collation = c;
    }

    const QJsonArray annotations = r.field(root, root_, QStringLiteral("annotations"), QJsonValue::Array).toArray();
    for (qsizetype i = 0; i < annotations.size() && r.ok(); ++i) {
        const QString where = Tr::tr("annotation %1").arg(i + 1);
        const auto object = r.object(annotations, i, where);
        if (!object)
            break;
        const QJsonObject &o = *object;
        Annotation a;
        a.id = r.string(o, where, QStringLiteral("id"));
        const QString target = r.string(o, where, QStringLiteral("target"));
        if (target == u"location")
            a.target = Annotation::Target::Location;
        else if (r.ok() && target != u"difference")
            r.fail(Tr::tr("%1 has an unknown target \"%2\"").arg(where, target));
        const QString status = r.string(o, where, QStringLiteral("status"));
        if (const auto s = reviewStatusFromName(status))
            a.status = *s;
        else if (r.ok())
            r.fail(Tr::tr("%1 has an unknown status \"%2\"").arg(where, status));
        a.comment = r.string(o, where, QStringLiteral("comment"));
        a.modified = QDateTime::fromString(r.string(o, where, QStringLiteral("modified")), Qt::ISODateWithMs);
        const QJsonArray anchors = r.field(o, where, QStringLiteral("anchors"), QJsonValue::Array).toArray();
        const qsizetype expected = a.target == Annotation::Target::Location ? 1 : 2;
        if (r.ok() && anchors.size() != expected)
            r.fail(Tr::tr("%1 has %n anchor(s), not %2", nullptr, int(anchors.size())).arg(where).arg(expected));
        for (qsizetype k = 0; k < anchors.size() && r.ok(); ++k) {
            const QString anchorWhere = Tr::tr("an anchor of %1").arg(where);
            const auto anchorObject = r.object(anchors, k, anchorWhere);
            if (!anchorObject)
                break;
            const QJsonObject &ao = *anchorObject;
            Annotation::Anchor anchor;
            const qint64 page = r.integer(ao, anchorWhere, QStringLiteral("page"), 0, lastPage);
            if (r.ok())
                anchor.page = project.pages[page].path;
            anchor.text.offset = r.integer(ao, anchorWhere, QStringLiteral("offset"), 0, std::numeric_limits<qint32>::max());
            anchor.text.text = r.string(ao, anchorWhere, QStringLiteral("text"));
            anchor.text.before = r.string(ao, anchorWhere, QStringLiteral("before"));
            anchor.text.after = r.string(ao, anchorWhere, QStringLiteral("after"));
            a.anchors.append(anchor);
        }
        project.annotations.append(a);
    }
    if (!r.ok()) {
        *error = Tr::tr("the file is damaged: %1").arg(*error);
        return std::nullopt;
    }
    return project;
}

bool ProjectFile::save(const Project &project, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray json = toJson(project, QFileInfo(path).absoluteDir());
    if (file.write(json) != json.size() || !file.commit()) {
        *error = Tr::tr("cannot write %1: %2 (the file on disk is unchanged)").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Project> ProjectFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxBytes) {
        *error = Tr::tr("%1 is too large for a project (%2 MB; the limit is %3 MB)")
                     .arg(path).arg(file.size() / (1024 * 1024)).arg(MaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QString why;
    auto project = fromJson(bytes, QFileInfo(path).absoluteDir(), &why);
    if (!project)
        *error = Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), why);
    return project;
}

QList<ProjectFile::LoadedPage> ProjectFile::loadPages(const Project &project, const QStringList &refused)
{
    QList<LoadedPage> loaded;
    for (const Project::Page &page : project.pages) {
        LoadedPage result;
        QString error;
        // One page of a PDF is named FILE#N: the file is what must be there.
        const QString file = DocumentLoader::splitPageName(page.path).first;
        if (page.text) {
            result.text = PageLoader::fromText(*page.text, page.path, &error);
        } else if (refused.contains(page.path)) {
            error = Tr::tr("%1: not opened, because it lies outside the project's folder").arg(page.path);
        } else if (!QFileInfo::exists(file)) {
            error = Tr::tr("%1: the file is missing (moved or deleted since the project was saved)").arg(page.path);
        } else if (const QString why = notAPageFile(file); !why.isEmpty()) {
            error = why;
        } else {
            result.text = DocumentLoader::load(page.path, &error);
        }
        if (result.text) {
            result.changed = !page.digest.isEmpty() && result.text->digest != page.digest;
            if (result.changed)
                result.problem = Tr::tr("%1: the file has changed since the project was saved; annotations are "
                                        "placed by their text").arg(page.path);
        } else {
            result.problem = error;
        }
        loaded.append(result);
    }
    return loaded;
}

QString ProjectFile::notAPageFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {};
    return info.isDir() ? Tr::tr("%1: is a folder, not a page").arg(path)
                        : Tr::tr("%1: is not a regular file (a device, pipe or socket), so it is not read").arg(path);
}

QStringList ProjectFile::pagesOutsideFolder(const Project &project, const QString &projectPath)
{
    const QDir folder = QFileInfo(projectPath).absoluteDir();
    // Both sides canonical where the file exists (links resolved), else as written.
    const auto resolved = [](const QString &path, const QString &canonical) {
        return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
    };
    const QString root = resolved(folder.absolutePath(), folder.canonicalPath());
    const QString prefix = root.endsWith(u'/') ? root : root + u'/';
    QStringList outside;
    for (const Project::Page &page : project.pages) {
        if (page.text)
            continue;
        const QString file = DocumentLoader::splitPageName(page.path).first;
        const QString where = resolved(file, QFileInfo(file).canonicalFilePath());
        if (!where.startsWith(prefix) && !outside.contains(page.path))
            outside.append(page.path);
    }
    return outside;
}

} // namespace Jiaokan::Core
