#pragma once

#include <QString>
#include <QTranslator>

namespace coworking {
namespace ui {

// The interface language of the running program: the desk's own strings (embedded as
// :/i18n/coworking_<lang>.qm) and Qt's (qtbase). apply() swaps both translators and the default
// locale at run time; every widget then gets a LanguageChange event and retranslates itself.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)
public:
    Translations() = default;
    ~Translations();

    // "en" or "ru"; false (and nothing changed) for any other.
    bool apply(const QString &language);
    QString language() const { return m_language; }

    // --lang when given, else the system's first English or Russian UI language, else English.
    static QString choose(const QString &requested);

private:
    QTranslator m_qt;
    QTranslator m_desk;
    QString m_language;
};

} // namespace ui
} // namespace coworking
