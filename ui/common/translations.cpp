#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

Translations::~Translations()
{
    QCoreApplication::removeTranslator(&m_desk);
    QCoreApplication::removeTranslator(&m_qt);
}

QString Translations::choose(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &l : ui) {
        if (l.startsWith(u"ru"_s))
            return u"ru"_s;
        if (l.startsWith(u"en"_s))
            return u"en"_s;
    }
    return u"en"_s;
}

bool Translations::apply(const QString &language)
{
    if (language != u"en" && language != u"ru")
        return false;
    m_language = language;
    QLocale::setDefault(language == u"ru"
                                ? QLocale(QLocale::Russian, QLocale::Russia)
                                : (QLocale::system().language() == QLocale::English
                                           ? QLocale::system()
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom)));
    QCoreApplication::removeTranslator(&m_desk);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_qt.load(QLocale(), u"qtbase"_s, u"_"_s,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_desk.load(u":/i18n/coworking_"_s + language))
        QCoreApplication::installTranslator(&m_desk);
    return true;
}

} // namespace ui
} // namespace coworking
