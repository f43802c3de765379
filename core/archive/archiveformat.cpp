#include "archive/archiveformat.h"

#include "text/pagegeometry.h"

#include <QDataStream>
#include <QIODevice>

#include <zstd.h>

namespace Jiaokan::Core {

namespace {

// A field or a count read beyond this is damage, not data: no page has more.
constexpr qint64 MostItems = qint64(1) << 28;

struct Writer {
    QDataStream &out;

    void put(long long v) { out << qint64(v); }
    void put(long v) { out << qint64(v); }
    void put(int v) { out << qint32(v); }
    void put(bool v) { out << v; }
    void put(double v) { out << v; }
    void put(const QString &v) { out << v; }
    void put(SourceLine v) { out << qint32(v.value); }
    void put(const LineRange &v) { put(v.first), put(v.last); }
    void put(SourcePos v) { put(v.line), put(v.column); }
    void put(const QRectF &v) { out << v; }
    void put(const QSizeF &v) { out << v; }
    template <typename T> void putList(const QList<T> &list)
    {
        put(static_cast<long long>(list.size()));
        for (const T &item : list)
            put(item);
    }
    void put(const QStringList &v) { putList(v); }

    void put(const PageMetadata &m)
    {
        for (const QString *f : {&m.paper, &m.date, &m.section, &m.sectionName, &m.title, &m.url, &m.author})
            put(*f);
    }
    void put(const PrintedLine &l)
    {
        put(l.page), put(l.box), putList(l.glyphBoxes), put(l.em), put(l.centerY);
    }
    void put(const PrintedBlock &b) { put(int(b.kind)), put(b.first), put(b.last); }
    void put(const PrintedStory &s)
    {
        put(s.firstBlock), put(s.lastBlock), putList(s.headlineBlocks), put(s.continued);
    }
    void put(const PageGeometry &g)
    {
        put(g.firstPage), putList(g.pageSizes), putList(g.lines), putList(g.blocks), putList(g.stories);
    }
    void put(const PageText &t)
    {
        put(t.path), put(t.encoding), put(t.lines), put(t.digest), put(t.metadata), put(t.label);
        put(bool(t.geometry));
        if (t.geometry)
            put(*t.geometry);
    }
    void put(const SourceMap::Run &r) { put(r.textStart), put(r.start); }
    void put(const Block &b)
    {
        put(int(b.kind)), put(b.text), put(b.firstLine), put(b.lastLine);
        put(b.positions.size()), putList(b.positions.runs());
    }
    void put(const Story &s)
    {
        put(s.headline), putList(s.headlineBlocks), put(s.firstBlock), put(s.lastBlock), put(s.firstLine),
            put(s.lastLine), put(s.continued);
    }
    void put(const ReflowedPage &p) { put(p.source), putList(p.blocks), putList(p.stories); }
    template <typename T, size_t N> void put(const std::array<T, N> &a)
    {
        for (const T &item : a)
            put(item);
    }
    void put(const Difference &d)
    {
        put(int(d.kind)), put(d.text), put(d.lines), put(d.keyStart), put(d.keyEnd), put(d.movedWith), put(d.before),
            put(d.after);
    }
    void put(const QList<LineRange> &v) { putList(v); }
    void put(const PassageComparison::StoryBreak &b) { put(b.key), put(b.linesBefore), put(b.linesAfter); }
    void put(const PassageComparison &p)
    {
        put(p.page), put(p.lines), put(p.keyStart), put(p.keyEnd), put(p.similarity), putList(p.differences),
            put(p.only), putList(p.storyBreaks);
    }
};

// Each get() leaves the stream's status failed on anything out of range.
struct Reader {
    QDataStream &in;

    bool ok() const { return in.status() == QDataStream::Ok; }
    void fail() { in.setStatus(QDataStream::ReadCorruptData); }

    void get(long long &v)
    {
        qint64 x = 0;
        in >> x;
        v = x;
    }
    void get(long &v)
    {
        qint64 x = 0;
        in >> x;
        v = long(x);
    }
    void get(int &v)
    {
        qint32 x = 0;
        in >> x;
        v = x;
    }
    void get(bool &v) { in >> v; }
    void get(double &v) { in >> v; }
    void get(QString &v) { in >> v; }
    void get(SourceLine &v) { get(v.value); }
    void get(LineRange &v) { get(v.first), get(v.last); }
    void get(SourcePos &v) { get(v.line), get(v.column); }
    void get(QRectF &v) { in >> v; }
    void get(QSizeF &v) { in >> v; }
    template <typename T> void getList(QList<T> &list)
    {
        long long count = 0;
        get(count);
        if (count < 0 || count > MostItems || !ok())
            return fail();
        list.clear();
        list.reserve(qsizetype(std::min<qint64>(count, 1 << 16)));
        for (qint64 i = 0; i < count && ok(); ++i) {
            T item{};
            get(item);
            list.append(std::move(item));
        }
    }
    void get(QStringList &v) { getList(v); }
    template <typename E> void getEnum(E &e, int last)
    {
        int v = 0;
        get(v);
        if (v < 0 || v > last)
            return fail();
        e = E(v);
    }

    void get(PageMetadata &m)
    {
        for (QString *f : {&m.paper, &m.date, &m.section, &m.sectionName, &m.title, &m.url, &m.author})
            get(*f);
    }
    void get(PrintedLine &l)
    {
        get(l.page), get(l.box), getList(l.glyphBoxes), get(l.em), get(l.centerY);
    }
    void get(PrintedBlock &b) { getEnum(b.kind, int(BlockKind::Furniture)), get(b.first), get(b.last); }
    void get(PrintedStory &s)
    {
        get(s.firstBlock), get(s.lastBlock), getList(s.headlineBlocks), get(s.continued);
    }
    void get(PageGeometry &g)
    {
        get(g.firstPage), getList(g.pageSizes), getList(g.lines), getList(g.blocks), getList(g.stories);
    }
    void get(PageText &t)
    {
        get(t.path), get(t.encoding), get(t.lines), get(t.digest), get(t.metadata), get(t.label);
        bool hasGeometry = false;
        get(hasGeometry);
        if (hasGeometry) {
            auto geometry = std::make_shared<PageGeometry>();
            get(*geometry);
            t.geometry = std::move(geometry);
        }
    }
    void get(SourceMap::Run &r) { get(r.textStart), get(r.start); }
    void get(Block &b)
    {
        getEnum(b.kind, int(BlockKind::Furniture)), get(b.text), get(b.firstLine), get(b.lastLine);
        qsizetype size = 0;
        QList<SourceMap::Run> runs;
        get(size), getList(runs);
        // The map again, run by run: each run reaches to the next one's start.
        b.positions = {};
        for (qsizetype i = 0; i < runs.size() && ok(); ++i) {
            const qsizetype end = i + 1 < runs.size() ? runs[i + 1].textStart : size;
            if (runs[i].textStart != b.positions.size() || end <= runs[i].textStart)
                return fail();
            b.positions.append(runs[i].start, end - runs[i].textStart);
        }
        if (b.positions.size() != size)
            fail();
    }
    void get(Story &s)
    {
        get(s.headline), getList(s.headlineBlocks), get(s.firstBlock), get(s.lastBlock), get(s.firstLine),
            get(s.lastLine), get(s.continued);
    }
    void get(ReflowedPage &p)
    {
        get(p.source), getList(p.blocks), getList(p.stories);
        if (!ok())
            return;
        // What the rest of Jiaokan takes for granted of a page, checked: a record that
        // passed its checksum could still come from a faulty writer.
        const int lines = p.source.lineCount();
        const auto line = [&](SourceLine l) { return l.value >= 1 && l.value <= lines; };
        for (const Block &b : std::as_const(p.blocks))
            if (!line(b.firstLine) || !line(b.lastLine) || b.lastLine < b.firstLine || b.positions.size() != b.text.size())
                return fail();
        const qsizetype blocks = p.blocks.size();
        for (const Story &s : std::as_const(p.stories)) {
            if (s.firstBlock < 0 || s.lastBlock >= blocks || s.firstBlock > s.lastBlock || !line(s.firstLine)
                || !line(s.lastLine))
                return fail();
            for (int h : s.headlineBlocks)
                if (h < 0 || h >= blocks)
                    return fail();
        }
    }
    template <typename T, size_t N> void get(std::array<T, N> &a)
    {
        for (T &item : a)
            get(item);
    }
    void get(Difference &d)
    {
        getEnum(d.kind, int(DifferenceClass::Heading)), get(d.text), get(d.lines), get(d.keyStart), get(d.keyEnd),
            get(d.movedWith), get(d.before), get(d.after);
    }
    void get(QList<LineRange> &v) { getList(v); }
    void get(PassageComparison::StoryBreak &b) { get(b.key), get(b.linesBefore), get(b.linesAfter); }
    void get(PassageComparison &p)
    {
        get(p.page), get(p.lines), get(p.keyStart), get(p.keyEnd), get(p.similarity), getList(p.differences),
            get(p.only), getList(p.storyBreaks);
        // A story break lies inside its passage, in order.
        for (qsizetype i = 0; i < p.storyBreaks.size() && ok(); ++i)
            for (Side s : {SideA, SideB}) {
                const qsizetype at = p.storyBreaks[i].key[s];
                if (at < p.keyStart[s] || at > p.keyEnd[s] || (i > 0 && at < p.storyBreaks[i - 1].key[SideA] && s == SideA))
                    return fail();
            }
        // A move names another difference of the passage, never itself, and both halves agree.
        for (qsizetype i = 0; i < p.differences.size() && ok(); ++i) {
            const qsizetype other = p.differences[i].movedWith;
            if (other != -1 && (other < 0 || other >= p.differences.size() || other == i
                                || p.differences[other].movedWith != i))
                return fail();
        }
    }
};

constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

template <typename T> QByteArray record(const QList<T> &items)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out.setByteOrder(QDataStream::LittleEndian);   // text written as it is held, unswapped
    out << qint32(ArchiveFormat::Version);
    Writer{out}.putList(items);
    return ArchiveFormat::pack(bytes);
}


template <typename T> std::optional<QList<T>> itemsFrom(const QByteArray &compressed)
{
    const QByteArray bytes = ArchiveFormat::unpack(compressed);
    if (bytes.isEmpty())
        return std::nullopt;
    QDataStream in(bytes);
    in.setVersion(StreamVersion);
    in.setByteOrder(QDataStream::LittleEndian);
    qint32 version = 0;
    in >> version;
    if (version != ArchiveFormat::Version)
        return std::nullopt;
    QList<T> items;
    Reader reader{in};
    reader.getList(items);
    if (!reader.ok() || !in.atEnd())
        return std::nullopt;
    return items;
}

} // namespace

QByteArray ArchiveFormat::pack(const QByteArray &bytes)
{
    // Text and boxes repeat a great deal. Zstandard's fastest level shrinks them about
    // as zlib's does at a fifth of the time (zlib was half the time of a first
    // opening); its checksum finds a damaged record.
    ZSTD_CCtx *context = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, 1);
    ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1);
    QByteArray packed(qsizetype(ZSTD_compressBound(size_t(bytes.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compress2(context, packed.data(), size_t(packed.size()), bytes.constData(),
                                          size_t(bytes.size()));
    ZSTD_freeCCtx(context);
    if (ZSTD_isError(written))
        return {};
    packed.truncate(qsizetype(written));
    return packed;
}

QByteArray ArchiveFormat::unpack(const QByteArray &packed)
{
    // No page's record is near this; a frame that claims more is damage.
    constexpr unsigned long long MostBytes = 1ull << 31;
    const unsigned long long size = ZSTD_getFrameContentSize(packed.constData(), size_t(packed.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size == 0 || size > MostBytes)
        return {};
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    const size_t read = ZSTD_decompress(bytes.data(), size_t(bytes.size()), packed.constData(), size_t(packed.size()));
    if (ZSTD_isError(read) || read != size)
        return {};
    return bytes;
}

QByteArray ArchiveFormat::pagesRecord(const QList<ReflowedPage> &pages) { return record(pages); }

std::optional<QList<ReflowedPage>> ArchiveFormat::pagesFrom(const QByteArray &record) { return itemsFrom<ReflowedPage>(record); }

QByteArray ArchiveFormat::passagesRecord(const QList<PassageComparison> &passages) { return record(passages); }

std::optional<QList<PassageComparison>> ArchiveFormat::passagesFrom(const QByteArray &record)
{
    return itemsFrom<PassageComparison>(record);
}

} // namespace Jiaokan::Core
