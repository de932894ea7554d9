#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace coworking {
namespace ui {

// The one question every view with unsaved work asks before it is left (another view, another
// coworking, Quit): Save, Discard or Cancel, in a window-modal box opened with open(), answered
// through callbacks, never a nested event loop.
class UnsavedChanges final
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedChanges)
public:
    // `save` starts saving and calls its argument with whether it succeeded; `discard` forgets
    // the changes. `proceed` learns whether the user may go on: true after a successful save or
    // a discard, false for Cancel or a failed save (the view then says why and the user stays).
    static void ask(QWidget *parent, const QString &title, const QString &text,
                    std::function<void(std::function<void(bool saved)>)> save,
                    std::function<void()> discard, std::function<void(bool proceed)> proceed);
};

} // namespace ui
} // namespace coworking
