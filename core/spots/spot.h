#pragma once

#include <QString>

#include <optional>

namespace coworking {

// Where a spot sits on the floor plan, in pixels of the floor-plan image.
struct SpotPlacement
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double rotation = 0;

    bool operator==(const SpotPlacement &) const = default;
};

struct Spot
{
    QString id;
    QString coworkingId;
    QString name;
    QString description;
    int position = 0;
    bool active = true; // API status "active" / "inactive"
    std::optional<SpotPlacement> map;

    bool operator==(const Spot &) const = default;
};

// A spot and whether it is free of active bookings for the asked window.
struct SpotAvailability
{
    Spot spot;
    bool free = true;

    bool operator==(const SpotAvailability &) const = default;
};

} // namespace coworking
