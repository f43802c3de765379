#include "annotationstore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Jiaokan::App {

using Core::Annotation;

// One edit of several annotations: each as it was (nothing: it did not exist) and as
// it becomes (nothing: removed).
class AnnotationEdit final : public QUndoCommand
{
public:
    struct Change {
        QString id;
        std::optional<Annotation> before;
        std::optional<Annotation> after;
    };

    AnnotationEdit(AnnotationStore *store, QList<Change> changes, std::function<QString()> describe)
        : QUndoCommand(describe())
        , m_store(store)
        , m_changes(std::move(changes))
        , m_describe(std::move(describe))
    {
    }
    void retranslate() { setText(m_describe()); }
    void redo() override
    {
        for (const Change &c : std::as_const(m_changes))
            m_store->apply(c.id, c.after);
        emit m_store->changed();
    }
    void undo() override
    {
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
            m_store->apply(it->id, it->before);
        emit m_store->changed();
    }

private:
    AnnotationStore *m_store;
    QList<Change> m_changes;
    std::function<QString()> m_describe;
};

AnnotationStore::AnnotationStore(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

int AnnotationStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations[i].id == id)
            return i;
    }
    return -1;
}

void AnnotationStore::edit(const QList<Annotation> &annotations, std::function<QString()> describe)
{
    QList<AnnotationEdit::Change> changes;
    for (const Annotation &a : annotations) {
        const int i = indexOf(a.id);
        std::optional<Annotation> before = i >= 0 ? std::optional(m_annotations[i]) : std::nullopt;
        std::optional<Annotation> after = a.isBlank() ? std::nullopt : std::optional(a);
        if (before == after || (before && after && before->status == after->status && before->comment == after->comment))
            continue;
        changes.append({a.id, std::move(before), std::move(after)});
    }
    if (!changes.isEmpty())
        m_undo->push(new AnnotationEdit(this, std::move(changes), std::move(describe)));
}

void AnnotationStore::retranslate()
{
    // The stack hands its commands out const; they are ours, made in edit().
    for (int i = 0; i < m_undo->count(); ++i)
        const_cast<AnnotationEdit *>(static_cast<const AnnotationEdit *>(m_undo->command(i)))->retranslate();
}

void AnnotationStore::reset(const QList<Annotation> &annotations)
{
    m_undo->clear();
    m_annotations = annotations;
    emit changed();
}

void AnnotationStore::apply(const QString &id, const std::optional<Annotation> &annotation)
{
    const int i = indexOf(id);
    if (!annotation) {
        if (i >= 0)
            m_annotations.removeAt(i);
    } else if (i >= 0) {
        m_annotations[i] = *annotation;
    } else {
        m_annotations.append(*annotation);
    }
}

} // namespace Jiaokan::App
