#pragma once

#include <QString>

class QAbstractItemView;

namespace Jiaokan::App {

// Ctrl+C in a table copies its selected rows, every column, as tab-separated text
// (text/plain and text/tab-separated-values): readings, classes, lines, status and
// comment paste into a spreadsheet or a mail as they are.
class TableCopy final
{
public:
    // Makes Ctrl+C, while the table has the keyboard, copy its selected rows.
    static void install(QAbstractItemView *view);
    // The selected rows as TSV: a header row, then a line a row; tabs and line breaks
    // inside a cell become spaces.
    static QString selectedRows(const QAbstractItemView *view);
};

} // namespace Jiaokan::App
