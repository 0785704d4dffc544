using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>
/// One reviewed decision of a <see cref="ClinicalTrialsGovCuration"/>: a trial's value that its record states in a
/// way the importer cannot settle, with the phrase it rests on and why.
/// </summary>
/// <param name="Trial">The trial's NCT number, such as <c>NCT04745299</c>.</param>
/// <param name="Term">The value: a stem cell type, tissue source, donor origin or delivery route of one intervention,
/// or a study design, disease course, outcome measure or clinical scale of the study.</param>
/// <param name="Intervention">For a value of an intervention, its index in the study's interventions; otherwise null.</param>
/// <param name="Field">The record's field that holds the phrase, as the import report names fields, such as
/// <c>interventions[1].description</c> or <c>interventionOtherNames[1]</c>.</param>
/// <param name="Phrase">The record's exact words the value rests on.</param>
/// <param name="Why">Why the phrase states the value although the importer could not take it.</param>
/// <remarks>Equality: the values are equal (ordinal comparison of text).</remarks>
public sealed record ClinicalTrialsGovCurationDecision(
    string Trial, IVocabularyTerm Term, int? Intervention, string Field, string Phrase, string Why)
{
    /// <summary>Describes the decision.</summary>
    /// <returns>Text such as <c>NCT04745299 interventions[0] tissue-source bone-marrow: interventionOtherNames[1] "…"</c>.</returns>
    public override string ToString() =>
        $"{Trial}{(Intervention is { } index ? $" interventions[{index}]" : string.Empty)} {Term.VocabularyName} {Term.Code}: {Field} \"{Phrase}\"";
}
