#pragma once

#include "apiharness.h"
#include "sitefixture.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace coworking {
namespace client {
class CoworkingClient;
}
namespace ui {
class FloorPlanDocument;
class FloorPlanEditor;
} // namespace ui
} // namespace coworking

namespace coworking::test {

// A real server (SQLite or PostgreSQL by COWORKING_TEST_BACKEND) with an owner, a coworking
// whose plan image is set, four spots placed on it (A1..A4), two not placed (B1, B2), and the
// owner signed in through the client library.
class EditorTestSite
{
public:
    EditorTestSite();
    ~EditorTestSite();

    ApiHarness h;
    SiteFixture site{ h };
    Person owner;
    QString coworkingId;
    QStringList spotIds; // A1..A4, B1, B2
    QByteArray planImage;
    std::unique_ptr<client::CoworkingClient> client;

    // An editor on the coworking, loaded and shown (stops the test when loading fails).
    std::unique_ptr<ui::FloorPlanEditor> openEditor();

    // The server's spots, by name, read over HTTP (not through the client library).
    QHash<QString, QJsonObject> serverSpots();
    QByteArray serverPlanImage();
};

// The document key of the visible spot named `name` (empty when none).
QString keyOf(const ui::FloorPlanDocument &doc, const QString &name);

// A real PNG of the given size, filled with `colour`, with a frame.
QByteArray pngBytes(QSize size, QColor colour);

} // namespace coworking::test
