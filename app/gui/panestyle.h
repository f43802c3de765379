#pragma once

class QFrame;

namespace Jiaokan::App {

// How a pane of text shows that it has the keyboard: a frame in the highlight colour
// (of the same width as when it has not, so that nothing moves).
class PaneStyle final
{
public:
    static void showFocus(QFrame *pane);
};

} // namespace Jiaokan::App
