using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StemCell.Domain.Vocabulary;

/// <summary>The recruitment or overall status of a study, mapped to ClinicalTrials.gov and FHIR.</summary>
/// <remarks>
/// The terms are the fourteen values of ClinicalTrials.gov API v2 <c>overallStatus</c>, one for one
/// (<see cref="CtGovStatus"/>). Where a FHIR R4 <c>research-study-status</c> code means the same, it ships as a
/// coding; the alignment is this library's judgement, the codes are FHIR's. Expanded-access statuses have no
/// FHIR counterpart.
/// </remarks>
[JsonConverter(typeof(Serialization.StudyStatusJsonConverter))]
public sealed class StudyStatus : VocabularyTerm<StudyStatus>, IVocabulary<StudyStatus>
{
    /// <summary>Not yet recruiting.</summary>
    public static readonly StudyStatus NotYetRecruiting = new(
        "not-yet-recruiting", 1, "Not yet recruiting", "The study has been approved but has not started recruiting participants.",
        "NOT_YET_RECRUITING", ("approved", "Approved"));

    /// <summary>Recruiting.</summary>
    public static readonly StudyStatus Recruiting = new(
        "recruiting", 2, "Recruiting", "The study is recruiting participants.",
        "RECRUITING", ("active", "Active"));

    /// <summary>Enrolling by invitation.</summary>
    public static readonly StudyStatus EnrollingByInvitation = new(
        "enrolling-by-invitation", 3, "Enrolling by invitation", "The study is enrolling participants from a population chosen in advance, by invitation only.",
        "ENROLLING_BY_INVITATION", ("active", "Active"));

    /// <summary>Active, not recruiting.</summary>
    public static readonly StudyStatus ActiveNotRecruiting = new(
        "active-not-recruiting", 4, "Active, not recruiting", "The study is under way, with participants being treated or followed up, but is no longer recruiting.",
        "ACTIVE_NOT_RECRUITING", ("closed-to-accrual", "Closed to Accrual"));

    /// <summary>Suspended.</summary>
    public static readonly StudyStatus Suspended = new(
        "suspended", 5, "Suspended", "The study has stopped early but may start again.",
        "SUSPENDED", ("temporarily-closed-to-accrual", "Temporarily Closed to Accrual"));

    /// <summary>Terminated.</summary>
    public static readonly StudyStatus Terminated = new(
        "terminated", 6, "Terminated", "The study has stopped early and will not start again; participants are no longer being treated or examined.",
        "TERMINATED", ("administratively-completed", "Administratively Completed"));

    /// <summary>Completed.</summary>
    public static readonly StudyStatus Completed = new(
        "completed", 7, "Completed", "The study has ended normally and participants are no longer being treated or examined.",
        "COMPLETED", ("completed", "Completed"));

    /// <summary>Withdrawn.</summary>
    public static readonly StudyStatus Withdrawn = new(
        "withdrawn", 8, "Withdrawn", "The study stopped before enrolling its first participant.",
        "WITHDRAWN", ("withdrawn", "Withdrawn"));

    /// <summary>Unknown status.</summary>
    public static readonly StudyStatus Unknown = new(
        "unknown", 9, "Unknown status", "The study's last known status was active or not yet recruiting, but it has not been verified within the past two years.",
        "UNKNOWN", null);

    /// <summary>Expanded access available.</summary>
    public static readonly StudyStatus Available = new(
        "available", 10, "Available", "Expanded access to the intervention is currently available.",
        "AVAILABLE", null);

    /// <summary>Expanded access no longer available.</summary>
    public static readonly StudyStatus NoLongerAvailable = new(
        "no-longer-available", 11, "No longer available", "Expanded access to the intervention was available but no longer is.",
        "NO_LONGER_AVAILABLE", null);

    /// <summary>Expanded access temporarily not available.</summary>
    public static readonly StudyStatus TemporarilyNotAvailable = new(
        "temporarily-not-available", 12, "Temporarily not available", "Expanded access to the intervention is not available for now but is expected to be again.",
        "TEMPORARILY_NOT_AVAILABLE", null);

    /// <summary>Approved for marketing.</summary>
    public static readonly StudyStatus ApprovedForMarketing = new(
        "approved-for-marketing", 13, "Approved for marketing", "The intervention offered through expanded access has been approved for sale to the public.",
        "APPROVED_FOR_MARKETING", null);

    /// <summary>Withheld.</summary>
    public static readonly StudyStatus Withheld = new(
        "withheld", 14, "Withheld", "The status of the expanded access record is withheld from public view.",
        "WITHHELD", null);

    private StudyStatus(string code, int value, string displayName, string definition, string ctGovStatus, (string Code, string Display)? fhir)
        : base(
            code,
            value,
            displayName,
            definition,
            [ctGovStatus],
            fhir is { } f
                ? [new Coding(CodeSystem.FhirResearchStudyStatus, f.Code, f.Display, CodingConfidence.Verified, CodingSources.FhirResearchStudyStatusR4)]
                : null)
    {
        CtGovStatus = ctGovStatus;
    }

    /// <inheritdoc />
    public static ImmutableArray<StudyStatus> All { get; } =
    [
        NotYetRecruiting, Recruiting, EnrollingByInvitation, ActiveNotRecruiting, Suspended, Terminated, Completed, Withdrawn, Unknown,
        Available, NoLongerAvailable, TemporarilyNotAvailable, ApprovedForMarketing, Withheld,
    ];

    /// <inheritdoc />
    public static string VocabularyName => "study-status";

    /// <summary>Gets the status's ClinicalTrials.gov API v2 <c>overallStatus</c> value.</summary>
    /// <value>A value such as <c>ACTIVE_NOT_RECRUITING</c>.</value>
    public string CtGovStatus { get; }

    /// <summary>Finds the status with the given ClinicalTrials.gov API v2 <c>overallStatus</c> value.</summary>
    /// <param name="ctGovStatus">A value such as <c>RECRUITING</c>; case is ignored.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ctGovStatus"/> is null.</exception>
    /// <exception cref="ArgumentException">No status has that value.</exception>
    public static StudyStatus FromCtGovStatus(string ctGovStatus)
    {
        ArgumentNullException.ThrowIfNull(ctGovStatus);
        return TryFromCtGovStatus(ctGovStatus, out var status)
            ? status
            : throw new ArgumentException(
                $"'{ctGovStatus}' is not a ClinicalTrials.gov overall status. Expected one of: {string.Join(", ", All.Select(s => s.CtGovStatus))}.",
                nameof(ctGovStatus));
    }

    /// <summary>Tries to find the status with the given ClinicalTrials.gov API v2 <c>overallStatus</c> value.</summary>
    /// <param name="ctGovStatus">The value; case is ignored; null finds nothing.</param>
    /// <param name="status">The status, or null.</param>
    /// <returns><see langword="true"/> when a status has that value.</returns>
    public static bool TryFromCtGovStatus([NotNullWhen(true)] string? ctGovStatus, [NotNullWhen(true)] out StudyStatus? status)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.CtGovStatus, ctGovStatus, StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = null;
        return false;
    }

    private protected override void WriteExportAttributes(Utf8JsonWriter writer)
    {
        writer.WriteString("ctGovStatus", CtGovStatus);
    }
}
