#pragma once

#include "annotate/annotation.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace Jiaokan::App {

// The project's annotations, edited only through commands on an undo stack, so that
// every change of status or comment can be undone and redone.
class AnnotationStore final : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationStore(QObject *parent = nullptr);

    const QList<Core::Annotation> &annotations() const { return m_annotations; }
    int indexOf(const QString &id) const;
    QUndoStack *undoStack() const { return m_undo; }

    // Records the annotations as given, replacing those with the same id and adding the
    // rest; one that is blank (unreviewed, no comment) is removed. One undo step, named
    // in the Edit menu by what describe() says (asked again when the language changes).
    void edit(const QList<Core::Annotation> &annotations, std::function<QString()> describe);
    // Every step's name in the interface's language now.
    void retranslate();
    // All of them at once, as a project opens: not undoable, and the stack is cleared.
    void reset(const QList<Core::Annotation> &annotations);

signals:
    void changed();

private:
    friend class AnnotationEdit;
    // Puts annotation in (or, when blank, takes its id out) without an undo step.
    void apply(const QString &id, const std::optional<Core::Annotation> &annotation);

    QList<Core::Annotation> m_annotations;
    QUndoStack *m_undo = nullptr;
};

} // namespace Jiaokan::App
