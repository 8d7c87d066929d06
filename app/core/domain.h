#pragma once

// Facts of SIP and ISDN that the code relies on, stated once.
namespace Domain {

// Response codes are three digits whose first is the class, 1 to 6 (RFC 3261, section 7.2).
inline constexpr int MinimumCode = 100;
inline constexpr int MaximumCode = 699;
// ISDN cause values are seven bits (ITU-T Q.850, section 2.2.5).
inline constexpr int MaximumCause = 127;
// PBXs number their own causes past Q.850's range: FreeSWITCH up to the 800s.
inline constexpr int MaximumPbxCause = 999;

inline constexpr bool isCode(int value) { return value >= MinimumCode && value <= MaximumCode; }
inline constexpr bool isCause(int value) { return value >= 1 && value <= MaximumCause; }

// The code a UAC treats an unknown `code` as (RFC 3261, section 8.1.3.2): the x00 of its class
// for a final response, 183 for a provisional one.
inline constexpr int fallbackFor(int code) { return code / 100 == 1 ? 183 : code / 100 * 100; }

} // namespace Domain
