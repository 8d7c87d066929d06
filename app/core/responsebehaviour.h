#pragma once

#include "localizedtext.h"
#include "reference.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// How a response behaves on the wire and in the state machines, each fact with the RFC section
// that states it. SipCode holds one of each (the dialog effect always, the others where an RFC
// says something).

// What a final response ends when it arrives inside a dialog (RFC 5057, section 5.1), or, for
// the responses that set one up, that they create or confirm the dialog (RFC 3261, section 12.1).
enum class DialogEffect {
    Creates,     // creates an early dialog or confirms a dialog (1xx with a To tag, 2xx)
    Transaction, // ends only the transaction; the dialog and its usages go on
    Usage,       // ends the usage the request belongs to (the invite session or one subscription)
    Dialog       // ends the dialog with every usage in it
};

// The catalog's own words for the effects, as they are spelt in catalog.json and in JSON output.
inline QStringView dialogEffectName(DialogEffect effect)
{
    switch (effect) {
    case DialogEffect::Creates: return u"creates";
    case DialogEffect::Transaction: return u"transaction";
    case DialogEffect::Usage: return u"usage";
    case DialogEffect::Dialog: return u"dialog";
    }
    return u"transaction";
}

struct DialogRule
{
    DialogEffect effect = DialogEffect::Transaction;
    Reference reference;
    LocalizedText note; // empty when the effect needs no comment
};

// Which requests the response can answer. Either list may be empty; a loaded rule has at least one.
struct MethodRule
{
    QStringList only;  // the response answers only these methods
    QStringList never; // the response never answers these methods
    Reference reference;
    LocalizedText note; // where other RFCs add methods, for example; may be empty
};

// A text that an RFC section backs: how to retry, or what a client produces on its own.
struct CitedText
{
    LocalizedText text;
    Reference reference;
};
