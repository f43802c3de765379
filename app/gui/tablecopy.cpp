#include "tablecopy.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QTableView>

#include <algorithm>

namespace Jiaokan::App {

namespace {
// Item views copy their current cell on Ctrl+C themselves; this comes first.
class CopyKey final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
            const QString tsv = TableCopy::selectedRows(static_cast<QAbstractItemView *>(watched));
            if (!tsv.isEmpty()) {
                auto *data = new QMimeData;
                data->setText(tsv);
                data->setData(QStringLiteral("text/tab-separated-values"), tsv.toUtf8());
                QGuiApplication::clipboard()->setMimeData(data);
            }
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

QString cell(const QVariant &value)
{
    QString text = value.toString();
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}
} // namespace

QString TableCopy::selectedRows(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || !view->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    const auto *table = qobject_cast<const QTableView *>(view);
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c)
        if (!table || !table->isColumnHidden(c))
            columns.append(c);
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header.append(cell(model->headerData(c, Qt::Horizontal)));
    lines.append(header.join(u'\t'));
    for (int r : std::as_const(rows)) {
        QStringList fields;
        for (int c : std::as_const(columns))
            fields.append(cell(model->index(r, c).data()));
        lines.append(fields.join(u'\t'));
    }
    return rows.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

void TableCopy::install(QAbstractItemView *view)
{
    view->installEventFilter(new CopyKey(view));
}

} // namespace Jiaokan::App
