#pragma once

#include "kioskpage.h"

class QLabel;
class QPushButton;

namespace coworking {
namespace ui {

class FloorScene;
class KioskMapView;

// Walk-in step 1: tap a free spot on the floor, or "Any free spot" (the one free for longest);
// the chosen spot is named with how long it is free, and Next goes on to the durations.
class SpotPage final : public KioskPage
{
    Q_OBJECT
public:
    SpotPage(FloorScene *scene, QWidget *parent = nullptr);

    KioskMapView *map() const { return m_map; }
    QPushButton *anyButton() const { return m_any; }
    QPushButton *nextButton() const { return m_next; }
    QLabel *choiceLabel() const { return m_choice; }
    // What the chosen spot offers, in words ("Desk 7 is free from 14:45 until 18:00"), or a hint
    // when none is chosen; `canContinue` enables Next.
    void setChoice(const QString &text, bool canContinue);

signals:
    void anyRequested();
    void nextRequested();

protected:
    void retranslate() override;

private:
    KioskMapView *m_map;
    QLabel *m_choice;
    QPushButton *m_any;
    QPushButton *m_next;
    bool m_chosen = false;
};

} // namespace ui
} // namespace coworking
