#include "optionjson.h"

#include "common/jsonbody.h"
#include "common/jsonkeys.h"

using namespace Qt::StringLiterals;

namespace coworking {

Option optionDraftFromJson(const QJsonObject &object)
{
    JsonBody body(object);
    Option option;
    option.coworkingId = body.requiredId(keys::CoworkingId);
    const QString nameKey = keys::Name;
    if (!body.has(nameKey) || body.isNull(nameKey)) {
        body.addError(nameKey, u"is required"_s);
    } else if (const auto name = body.optionalString(nameKey, 100)) {
        if (name->trimmed().isEmpty())
            body.addError(nameKey, u"must not be empty"_s);
        else
            option.name = name->trimmed();
    }
    body.finish();
    return option;
}

QJsonObject toJson(const Option &option)
{
    return { { keys::Id, option.id },
             { keys::CoworkingId, option.coworkingId },
             { keys::Name, option.name } };
}

std::optional<Option> optionFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Option option{ in.id(keys::Id), in.id(keys::CoworkingId), in.string(keys::Name) };
    return in.finish(std::move(option), error);
}

} // namespace coworking
