#pragma once

#include "kioskpage.h"

#include <QImage>

#include <functional>

class QLabel;
class QPushButton;

namespace coworking {
namespace ui {

// A page that states something and offers one action: the summary before booking ("Book"), the
// booking made (its code in large type and its QR code, "Done"), the check-in made ("Done").
// Its words come from functions, so they follow a change of language.
class CardPage final : public KioskPage
{
    Q_OBJECT
public:
    using Words = std::function<QString()>;

    CardPage(const QString &name, Words title, Words action, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *codeLabel() const { return m_code; }
    QLabel *qrLabel() const { return m_qr; }
    QPushButton *actionButton() const { return m_action; }
    // Lines of the summary, in large type; `positive` shows them as a success.
    void setSummary(Words summary, bool positive = false);
    // The booking code in large type and as a QR code; an empty code hides both.
    void setCode(const QString &code, const QImage &qr);
    void setBusy(bool busy);

signals:
    void actionRequested();

protected:
    void retranslate() override;

private:
    Words m_titleWords;
    Words m_actionWords;
    Words m_summaryWords;
    QLabel *m_summary;
    QLabel *m_codeCaption;
    QLabel *m_code;
    QLabel *m_qr;
    QPushButton *m_action;
};

} // namespace ui
} // namespace coworking
