#pragma once

#include "catalogentry.h"
#include "vocabularyentry.h"

#include <QList>
#include <QString>

// A protocol of the Reason header (IANA "Reason Protocols"): what its cause values are.
struct ReasonProtocol : CatalogEntry
{
    enum class Causes : quint8 {
        Response,   // a SIP response code (SIP, STIR)
        Q850,       // an ISDN cause
        Preemption, // RFC 4411's causes 1 to 4, listed in `causes`
        Other       // values defined elsewhere (the 3GPP protocols)
    };
    QString protocol; // as written in the header: "SIP", "Q.850", "preemption" matches "Preemption"
    Causes causes = Causes::Other;
    QList<VocabularyEntry> causeValues; // for Preemption
};
