#include "editortestsite.h"

#include "../common/deskclient.h"
#include "client/coworkingclient.h"
#include "editor/floorplandocument.h"
#include "editor/floorplaneditor.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

namespace coworking::test {

namespace {

QJsonObject draft(const QString &name, int position, std::optional<QRectF> place)
{
    QJsonObject d{ { u"name"_s, name },
                   { u"description"_s, u"Desk %1"_s.arg(name) },
                   { u"position"_s, position } };
    if (place) {
        d.insert(u"map"_s,
                 QJsonObject{ { u"x"_s, place->x() },
                              { u"y"_s, place->y() },
                              { u"width"_s, place->width() },
                              { u"height"_s, place->height() },
                              { u"rotation"_s, 0 } });
    }
    return d;
}

} // namespace

QString keyOf(const ui::FloorPlanDocument &doc, const QString &name)
{
    for (const QString &key : doc.visibleKeys()) {
        if (doc.find(key)->spot.name == name)
            return key;
    }
    return {};
}

QByteArray pngBytes(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter p(&image);
    p.setPen(QPen(Qt::black, 6));
    p.drawRect(QRect(QPoint(3, 3), size - QSize(6, 6)));
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

EditorTestSite::EditorTestSite()
{
    owner = site.person(true);
    coworkingId = site.coworking(owner);
    QJsonArray drafts;
    for (int i = 0; i < 4; ++i)
        drafts.append(draft(u"A%1"_s.arg(i + 1), i, QRectF(40 + 100 * i, 60, 60, 40)));
    drafts.append(draft(u"B1"_s, 4, std::nullopt));
    drafts.append(draft(u"B2"_s, 5, std::nullopt));
    spotIds = site.spots(owner.token, coworkingId, drafts);
    planImage = pngBytes({ 640, 400 }, QColor(0xf5, 0xf0, 0xe6));
    expectStatus(h.raw("PUT", u"/coworkings/%1/floor-plan"_s.arg(coworkingId), planImage,
                       { { "Content-Type", "image/png" },
                         { "Authorization", "Bearer " + owner.token.toUtf8() } }),
                 200, "floor plan upload");
    client = signedInClient(h, owner.email);
    if (!client)
        qFatal("sign-in through the client library failed");
}

EditorTestSite::~EditorTestSite() = default;

std::unique_ptr<ui::FloorPlanEditor> EditorTestSite::openEditor()
{
    auto editor = std::make_unique<ui::FloorPlanEditor>(*client);
    editor->resize(1100, 700);
    bool loaded = false;
    // Only the first load is waited for here: the editor loads again later (a reload, a save), and
    // this frame's flag is gone by then.
    const QMetaObject::Connection first = QObject::connect(
            editor.get(), &ui::FloorPlanEditor::loaded, editor.get(), [&loaded] { loaded = true; });
    editor->setCoworking(coworkingId);
    const bool ok = QTest::qWaitFor([&] { return loaded; }, 10000);
    QObject::disconnect(first);
    if (!ok)
        qFatal("the editor did not load the plan");
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        qFatal("the editor did not show");
    return editor;
}

QHash<QString, QJsonObject> EditorTestSite::serverSpots()
{
    QHash<QString, QJsonObject> byName;
    const Reply r =
            expectStatus(h.get(u"/coworkings/%1/spots?count=100"_s.arg(coworkingId), owner.token),
                         200, "spot list");
    for (const QJsonValue &v : r.arr()) {
        QJsonObject o = v.toObject();
        // Availability fields change with the clock, not with the editor.
        o.remove(u"is_available"_s);
        o.remove(u"status"_s);
        byName.insert(o.value(u"name"_s).toString(), o);
    }
    return byName;
}

QByteArray EditorTestSite::serverPlanImage()
{
    const Reply c = expectStatus(h.get(u"/coworkings/%1"_s.arg(coworkingId)), 200, "coworking");
    const QUrl url(c.obj().value(u"floor_plan_url"_s).toString());
    return expectStatus(h.get(url.path()), 200, "plan image").body;
}

} // namespace coworking::test
