#include "spotpropertypanel.h"

#include "floorplandocument.h"
#include "setspotpropertycommand.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

SpotPropertyPanel::SpotPropertyPanel(FloorPlanDocument &document, QUndoStack &undoStack,
                                     QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_undoStack(undoStack),
      m_title(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_description(new QLineEdit(this)),
      m_active(new QCheckBox(tr("&Active (can be booked)"), this)),
      m_geometry(new QLabel(this)),
      m_state(new QLabel(this)),
      m_conflict(new QFrame(this)),
      m_conflictText(new QLabel(m_conflict)),
      m_keepMine(new QPushButton(tr("&Keep mine"), m_conflict)),
      m_takeTheirs(new QPushButton(tr("&Take theirs"), m_conflict))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_name->setAccessibleName(tr("Spot name"));
    m_description->setAccessibleName(tr("Spot description"));
    m_geometry->setWordWrap(true);
    m_state->setWordWrap(true);
    m_conflictText->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(nameLabel, m_name);
    form->addRow(descriptionLabel, m_description);
    form->addRow(m_active);

    m_conflict->setObjectName(u"conflict"_s);
    m_conflict->setFrameShape(QFrame::StyledPanel);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_takeTheirs);
    auto *conflictLayout = new QVBoxLayout(m_conflict);
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addLayout(conflictButtons);
    m_keepMine->setToolTip(tr("Save your version over the change made elsewhere."));
    m_takeTheirs->setToolTip(tr("Drop your edits of this spot and show the saved version."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_geometry);
    layout->addWidget(m_state);
    layout->addWidget(m_conflict);
    layout->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, &SpotPropertyPanel::commitName);
    connect(m_description, &QLineEdit::editingFinished, this,
            &SpotPropertyPanel::commitDescription);
    connect(m_active, &QCheckBox::clicked, this, &SpotPropertyPanel::commitActive);
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { m_document.resolveConflict(m_keys.value(0), true); });
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { m_document.resolveConflict(m_keys.value(0), false); });
    connect(&document, &FloorPlanDocument::spotChanged, this, [this](const QString &key) {
        if (m_keys.contains(key))
            refresh();
    });
    connect(&document, &FloorPlanDocument::reset, this, [this] { setKeys({}); });
    refresh();
}

void SpotPropertyPanel::setKeys(const QStringList &keys)
{
    m_keys = keys;
    refresh();
}

void SpotPropertyPanel::refresh()
{
    QList<const PlanSpot *> spots;
    for (const QString &key : std::as_const(m_keys)) {
        if (const PlanSpot *e = m_document.find(key); e && e->isVisible())
            spots.append(e);
    }
    const bool one = spots.size() == 1;
    const PlanSpot *e = one ? spots.first() : nullptr;
    m_name->setEnabled(one);
    m_description->setEnabled(one);
    m_active->setEnabled(!spots.isEmpty());
    if (spots.isEmpty())
        m_title->setText(tr("Select a spot to edit it; draw a rectangle to add one."));
    else if (one)
        m_title->setText(e->spot.name);
    else
        m_title->setText(tr("%n spots selected", nullptr, int(spots.size())));
    if (!m_name->hasFocus())
        m_name->setText(e ? e->spot.name : QString());
    if (!m_description->hasFocus()) {
        m_description->setText(e ? e->spot.description : QString());
        m_description->setCursorPosition(0); // the start of a long text, not its end
    }
    const auto activeCount =
            std::count_if(spots.cbegin(), spots.cend(), [](auto *s) { return s->spot.active; });
    m_active->setTristate(activeCount > 0 && activeCount < spots.size());
    m_active->setCheckState(activeCount == 0                      ? Qt::Unchecked
                                    : activeCount == spots.size() ? Qt::Checked
                                                                  : Qt::PartiallyChecked);

    const QLocale locale;
    if (e && e->spot.map) {
        const SpotPlacement &m = *e->spot.map;
        m_geometry->setText(tr("At %1, %2; %3 × %4 px; turned %5°")
                                    .arg(locale.toString(m.x, 'f', 0), locale.toString(m.y, 'f', 0),
                                         locale.toString(m.width, 'f', 0),
                                         locale.toString(m.height, 'f', 0),
                                         locale.toString(m.rotation, 'f', 0)));
    } else {
        m_geometry->setText(e ? tr("Not on the plan yet: drag it from the list.") : QString());
    }

    QString state;
    if (e) {
        if (!e->saveError.isEmpty())
            state = tr("Not saved: %1").arg(e->saveError);
        else if (e->isNew())
            state = tr("New: created on Save.");
        else if (m_document.isDirty(e->key))
            state = tr("Changed: saved on Save.");
        else
            state = tr("Saved.");
    }
    m_state->setText(state);

    m_conflict->setVisible(e && e->hasConflict());
    if (e && e->deletedElsewhere) {
        m_conflictText->setText(tr("This spot was deleted elsewhere while you edited it."));
        m_keepMine->setText(tr("&Keep it (create again)"));
        m_takeTheirs->setText(tr("&Drop it"));
    } else if (e && e->theirs) {
        const Spot &t = *e->theirs;
        QStringList differences;
        if (t.name != e->base->name)
            differences.append(tr("name “%1”").arg(t.name));
        if (t.description != e->base->description)
            differences.append(tr("description “%1”").arg(t.description));
        if (t.active != e->base->active)
            differences.append(t.active ? tr("active") : tr("inactive"));
        if (!(t.map == e->base->map))
            differences.append(tr("place on the plan"));
        m_conflictText->setText(tr("Changed elsewhere while you edited it: %1.")
                                        .arg(locale.createSeparatedList(differences)));
        m_keepMine->setText(tr("&Keep mine"));
        m_takeTheirs->setText(tr("&Take theirs"));
    }
}

void SpotPropertyPanel::commitName()
{
    const QString name = m_name->text().trimmed();
    if (m_keys.size() != 1 || name.isEmpty()
        || name == m_document.field(m_keys.first(), SpotField::Name).toString()) {
        refresh();
        return;
    }
    m_undoStack.push(new SetSpotPropertyCommand(m_document, m_keys, SpotField::Name, name));
}

void SpotPropertyPanel::commitDescription()
{
    const QString text = m_description->text().trimmed();
    if (m_keys.size() != 1
        || text == m_document.field(m_keys.first(), SpotField::Description).toString())
        return;
    m_undoStack.push(new SetSpotPropertyCommand(m_document, m_keys, SpotField::Description, text));
}

void SpotPropertyPanel::commitActive(bool active)
{
    if (m_keys.isEmpty())
        return;
    m_active->setTristate(false);
    m_undoStack.push(new SetSpotPropertyCommand(m_document, m_keys, SpotField::Active, active));
}

} // namespace ui
} // namespace coworking
