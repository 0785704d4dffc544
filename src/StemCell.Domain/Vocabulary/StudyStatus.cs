using System.Diagnostics.CodeAnalysis;

namespace StemCell.Domain.Vocabulary;

// The terms, their properties and their export are generated from Definitions/study-status.json; this part holds what is computed.
public sealed partial class StudyStatus
{
    /// <summary>Finds the status with the given ClinicalTrials.gov API v2 <c>overallStatus</c> value.</summary>
    /// <param name="ctGovStatus">A value such as <c>RECRUITING</c>; case is ignored.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ctGovStatus"/> is null.</exception>
    /// <exception cref="ArgumentException">No status has that value.</exception>
    public static StudyStatus FromCtGovStatus(string ctGovStatus) =>
        FindByKey(CtGovStatusOf, ctGovStatus, StringComparison.OrdinalIgnoreCase, "a ClinicalTrials.gov overall status", nameof(ctGovStatus));

    /// <summary>Tries to find the status with the given ClinicalTrials.gov API v2 <c>overallStatus</c> value.</summary>
    /// <param name="ctGovStatus">The value; case is ignored; null finds nothing.</param>
    /// <param name="status">The status, or null.</param>
    /// <returns><see langword="true"/> when a status has that value.</returns>
    public static bool TryFromCtGovStatus([NotNullWhen(true)] string? ctGovStatus, [NotNullWhen(true)] out StudyStatus? status) =>
        TryFindByKey(CtGovStatusOf, ctGovStatus, StringComparison.OrdinalIgnoreCase, out status);

    private static string CtGovStatusOf(StudyStatus status) => status.CtGovStatus;
}
