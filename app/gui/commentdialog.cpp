#include "commentdialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Jiaokan::App {

CommentDialog::CommentDialog(const QString &readings, const QString &comment, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(comment, this))
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(tr("Comment"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Comment on %1:").arg(readings), this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    layout->addWidget(label);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Comment"));
    layout->addWidget(m_text);
    const QKeySequence keep(Qt::CTRL | Qt::Key_Return);
    auto *hint = new QLabel(tr("Enter starts a new line; %1 keeps the comment.").arg(keep.toString(QKeySequence::NativeText)),
                            this);
    hint->setObjectName(QStringLiteral("commentHint"));
    hint->setEnabled(false);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(keep.toString(QKeySequence::NativeText));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+Enter on the main keyboard and on the keypad, from anywhere in the dialog.
    for (const QKeySequence &key : {keep, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &QDialog::accept);
    }
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
    resize(480, 260);
}

QString CommentDialog::comment() const
{
    return m_text->toPlainText();
}

} // namespace Jiaokan::App
