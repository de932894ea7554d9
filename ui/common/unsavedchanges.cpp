#include "unsavedchanges.h"

#include <QMessageBox>

namespace coworking {
namespace ui {

void UnsavedChanges::ask(QWidget *parent, const QString &title, const QString &text,
                         std::function<void(std::function<void(bool)>)> save,
                         std::function<void()> discard, std::function<void(bool)> proceed)
{
    auto *box =
            new QMessageBox(QMessageBox::Question, title, text,
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Save);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, save = std::move(save), discard = std::move(discard),
                      proceed = std::move(proceed)](int) {
                         const auto button = box->standardButton(box->clickedButton());
                         if (button == QMessageBox::Save) {
                             save(proceed);
                         } else if (button == QMessageBox::Discard) {
                             discard();
                             proceed(true);
                         } else {
                             proceed(false);
                         }
                     });
    box->open();
}

} // namespace ui
} // namespace coworking
