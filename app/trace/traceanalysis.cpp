#include "traceanalysis.h"

#include <QHashFunctions>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace TraceAnalysis {

namespace {

// A request and its responses: one CSeq number and method within a call.
struct Transaction
{
    qsizetype firstRequest = -1;
    qsizetype firstFinal = -1;
};

// Reused from call to call, so that a trace of many calls allocates once.
struct Scratch
{
    std::vector<std::pair<size_t, qsizetype>> keys; // hash, message index
    std::vector<Transaction> transactions;
    std::vector<int> transactionAt; // by position in the call's message list
};

bool sameSending(const TraceMessage &a, const TraceMessage &b)
{
    return a.kind == b.kind && a.cseq == b.cseq && a.code == b.code &&
           a.cseqMethod == b.cseqMethod && a.branch == b.branch && a.source == b.source &&
           a.destination == b.destination;
}

bool sameTransaction(const TraceMessage &a, const TraceMessage &b)
{
    return a.cseq == b.cseq && a.cseqMethod == b.cseqMethod;
}

bool isChallenge(const TraceMessage &message)
{
    return message.isResponse() && (message.code == 401 || message.code == 407);
}

// Sorts `keys` and calls `group(run)` for each run of messages that `same` finds equal, in
// input order. Equal hashes of unequal messages (a collision) are told apart by comparison.
template <typename Same, typename Group>
void forEachGroup(std::vector<std::pair<size_t, qsizetype>> &keys,
                  const QList<TraceMessage> &messages, Same same, Group group)
{
    std::sort(keys.begin(), keys.end());
    std::vector<qsizetype> run;
    std::vector<qsizetype> rest;
    for (size_t begin = 0; begin < keys.size();) {
        size_t end = begin + 1;
        while (end < keys.size() && keys[end].first == keys[begin].first)
            ++end;
        rest.clear();
        for (size_t i = begin; i < end; ++i)
            rest.push_back(keys[i].second);
        while (!rest.empty()) {
            const TraceMessage &first = messages.at(rest.front());
            run.clear();
            size_t kept = 0;
            for (const qsizetype index : rest) {
                if (same(first, messages.at(index)))
                    run.push_back(index);
                else
                    rest[kept++] = index;
            }
            rest.resize(kept);
            group(run);
        }
        begin = end;
    }
}

void analyseCall(QList<TraceMessage> &messages, TraceCall &call, Scratch &scratch)
{
    const size_t seed = QHashSeed::globalSeed();
    const qsizetype count = call.messages.size();

    // Retransmissions: every repeat of an earlier sending.
    scratch.keys.clear();
    for (const qsizetype index : std::as_const(call.messages)) {
        const TraceMessage &m = messages.at(index);
        scratch.keys.emplace_back(qHashMulti(seed, int(m.kind), m.cseq, m.code, m.cseqMethod,
                                             m.branch, m.source, m.destination),
                                  index);
    }
    forEachGroup(scratch.keys, messages, sameSending, [&](const std::vector<qsizetype> &run) {
        for (size_t i = 1; i < run.size(); ++i)
            messages[run[i]].notes |= TraceMessage::Retransmission;
    });

    // Transactions; transactionAt is by position in the call's message list.
    scratch.transactions.clear();
    scratch.transactionAt.assign(size_t(count), -1);
    scratch.keys.clear();
    for (const qsizetype index : std::as_const(call.messages)) {
        const TraceMessage &m = messages.at(index);
        scratch.keys.emplace_back(qHashMulti(seed, m.cseq, m.cseqMethod), index);
    }
    forEachGroup(scratch.keys, messages, sameTransaction, [&](const std::vector<qsizetype> &run) {
        Transaction transaction;
        const int id = int(scratch.transactions.size());
        for (const qsizetype index : run) {
            const TraceMessage &m = messages.at(index);
            if (m.isRequest() && transaction.firstRequest < 0)
                transaction.firstRequest = index;
            if (m.isFinal() && transaction.firstFinal < 0)
                transaction.firstFinal = index;
            const auto position =
                std::lower_bound(call.messages.cbegin(), call.messages.cend(), index);
            scratch.transactionAt[size_t(position - call.messages.cbegin())] = id;
        }
        scratch.transactions.push_back(transaction);
        // Only the first sending of a request left without a final response carries the note.
        if (transaction.firstRequest >= 0 && transaction.firstFinal < 0 &&
            messages.at(transaction.firstRequest).method != u"ACK"_s)
            messages[transaction.firstRequest].notes |= TraceMessage::NoFinalResponse;
    });

    // Challenges answered again and again, and 481 inside a confirmed dialog. A repeat says
    // nothing new about the dialog.
    bool challenged = false;
    qint64 challengedCseq = -1;
    bool confirmed = false; // a 2xx answered an INVITE
    for (const qsizetype index : std::as_const(call.messages)) {
        TraceMessage &m = messages[index];
        if (!m.isResponse() || m.notes.testFlag(TraceMessage::Retransmission))
            continue;
        if (isChallenge(m)) {
            if (challenged && m.cseq != challengedCseq)
                m.notes |= TraceMessage::AuthRepeated;
            challenged = true;
            challengedCseq = m.cseq;
        }
        if (m.code == 481 && confirmed)
            m.notes |= TraceMessage::After481Reinvite;
        if (m.code >= 200 && m.code < 300 && m.cseqMethod == u"INVITE"_s)
            confirmed = true;
    }

    // The dialog-creating request (the first request, else the first message) and its final
    // response. A challenge is followed to the request that answers it with credentials; both the
    // responses and the requests looked at move forward, so that even a scrambled log is read once.
    const auto firstRequest =
        std::find_if(call.messages.cbegin(), call.messages.cend(),
                     [&](qsizetype index) { return messages.at(index).isRequest(); });
    const qsizetype openingPosition =
        firstRequest == call.messages.cend() ? 0 : firstRequest - call.messages.cbegin();
    const TraceMessage &opening = messages.at(call.messages.at(openingPosition));
    call.method = opening.isRequest() ? opening.method : opening.cseqMethod;
    qsizetype finalIndex =
        scratch.transactions[size_t(scratch.transactionAt[size_t(openingPosition)])].firstFinal;
    auto scanned = call.messages.cbegin();
    while (finalIndex >= 0 && isChallenge(messages.at(finalIndex))) {
        const qint64 challengedNumber = messages.at(finalIndex).cseq;
        auto next = std::max(
            scanned, std::upper_bound(call.messages.cbegin(), call.messages.cend(), finalIndex));
        next = std::find_if(next, call.messages.cend(), [&](qsizetype index) {
            const TraceMessage &m = messages.at(index);
            return m.isRequest() && m.method == call.method && m.cseq != challengedNumber;
        });
        if (next == call.messages.cend())
            break;
        scanned = next + 1;
        const int transaction = scratch.transactionAt[size_t(next - call.messages.cbegin())];
        const qsizetype answer = scratch.transactions[size_t(transaction)].firstFinal;
        if (answer >= 0 && answer <= finalIndex)
            break;
        finalIndex = answer;
    }
    call.finalMessage = finalIndex;
    call.finalCode = finalIndex >= 0 ? messages.at(finalIndex).code : 0;
}

TraceCall::Outcome outcomeOf(const QList<TraceMessage> &messages, const TraceCall &call)
{
    if (call.finalMessage < 0)
        return TraceCall::Outcome::NoFinal;
    const auto hasRequest = [&](const QString &method) {
        return std::any_of(call.messages.cbegin(), call.messages.cend(), [&](qsizetype index) {
            const TraceMessage &message = messages.at(index);
            return message.isRequest() && message.method == method;
        });
    };
    const int code = call.finalCode;
    if (code < 300)
        return hasRequest(u"BYE"_s) ? TraceCall::Outcome::Ended : TraceCall::Outcome::Answered;
    if (code < 400)
        return TraceCall::Outcome::Redirected;
    if (code == 487 && hasRequest(u"CANCEL"_s))
        return TraceCall::Outcome::Cancelled;
    return TraceCall::Outcome::Rejected;
}

} // namespace

void analyse(Trace *trace)
{
    Scratch scratch;
    for (TraceCall &call : trace->calls) {
        if (call.messages.isEmpty())
            continue;
        analyseCall(trace->messages, call, scratch);
        call.outcome = outcomeOf(trace->messages, call);
    }
}

} // namespace TraceAnalysis
