#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace Jiaokan::App {

class LibraryView;
class PageLibraryModel;

// The library with its filter box above it: typing narrows the pages shown to those
// whose name, paper, date, headlines or text hold every word, and says how many of
// all are shown. Esc in the box clears it.
class LibraryPane final : public QWidget
{
    Q_OBJECT
public:
    LibraryPane(LibraryView *view, PageLibraryModel *library, QWidget *parent = nullptr);

    QLineEdit *filterBox() const { return m_filter; }
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateCount();

    LibraryView *m_view;
    PageLibraryModel *m_library;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTimer *m_typing;
};

} // namespace Jiaokan::App
