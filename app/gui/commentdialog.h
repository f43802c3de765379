#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Jiaokan::App {

// The comment on a difference: several lines (Enter starts a new one), kept with
// Ctrl+Enter or the button, as the dialog says.
class CommentDialog final : public QDialog
{
    Q_OBJECT
public:
    CommentDialog(const QString &readings, const QString &comment, QWidget *parent = nullptr);

    QString comment() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace Jiaokan::App
