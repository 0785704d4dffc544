namespace StemCell.Domain.Model;

/// <summary>Whether a value a source gives has happened or is still a plan: an enrollment counted or targeted, a date past or expected.</summary>
/// <remarks>
/// Registries record both: ClinicalTrials.gov marks a study's enrollment and its start and completion dates as
/// <c>ACTUAL</c> or <c>ESTIMATED</c> (its "anticipated" values), and updates them as the study goes on. The dataset
/// document writes the members as <c>"actual"</c> and <c>"estimated"</c>.
/// </remarks>
public enum Actuality
{
    /// <summary>The value has happened: participants actually enrolled, a date that has passed.</summary>
    Actual = 0,

    /// <summary>The value is a plan or an expectation: a target enrollment, an anticipated date.</summary>
    Estimated = 1,
}
