#pragma once

#include "stories/reflowedpage.h"

#include <QTextBrowser>

namespace Jiaokan::App {

// Shows a page, or one story of it, reflowed: headings styled as headings, credits and
// captions set apart, furniture hidden unless asked for (then greyed).
class ReaderView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showPage(const Core::ReflowedPage *page, int story = -1);
    void setFurnitureVisible(bool visible);
    bool furnitureVisible() const { return m_showFurniture; }

private:
    void render();

    const Core::ReflowedPage *m_page = nullptr;
    int m_story = -1;
    bool m_showFurniture = false;
};

} // namespace Jiaokan::App
