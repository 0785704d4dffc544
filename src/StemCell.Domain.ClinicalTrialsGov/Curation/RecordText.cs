using StemCell.Domain.ClinicalTrialsGov.Derivation;

namespace StemCell.Domain.ClinicalTrialsGov.Curation;

/// <summary>
/// Every free-text field of a record, by the path the derivation, the import report and the curation name it with
/// (<c>briefSummary</c>, <c>interventions[0].description</c>, <c>eligibility.criteria</c>, …): the one place a field's
/// path is spelled.
/// </summary>
internal static class RecordText
{
    /// <summary>Finds a field's text.</summary>
    /// <returns>The text, or null when the record has no such field.</returns>
    internal static string? Find(ClinicalTrialsGovRecord record, string path) =>
        Fields(record).FirstOrDefault(f => f.Path == path)?.Text;

    /// <summary>Gets the record's text fields that have text, in the record's order.</summary>
    internal static IEnumerable<TextField> Fields(ClinicalTrialsGovRecord record) =>
        AllFields(record).Where(f => f.Text is not null).Select(f => new TextField(f.Path, f.Text!));

    private static IEnumerable<(string Path, string? Text)> AllFields(ClinicalTrialsGovRecord record)
    {
        yield return ("briefTitle", record.BriefTitle);
        yield return ("officialTitle", record.OfficialTitle);
        yield return ("acronym", record.Acronym);
        yield return ("briefSummary", record.BriefSummary);
        yield return ("detailedDescription", record.DetailedDescription);
        yield return ("whyStopped", record.WhyStopped);
        yield return ("eligibility.criteria", record.Eligibility?.Criteria);
        foreach (var field in List("conditions", record.Conditions)
                     .Concat(List("keywords", record.Keywords))
                     .Concat(List("interventionOtherNames", record.UnattributedInterventionOtherNames)))
        {
            yield return field;
        }

        for (var i = 0; i < record.Interventions.Length; i++)
        {
            var intervention = record.Interventions[i];
            yield return ($"interventions[{i}].name", intervention.Name);
            yield return ($"interventions[{i}].description", intervention.Description);
            foreach (var field in List($"interventions[{i}].otherNames", intervention.OtherNames))
            {
                yield return field;
            }
        }

        for (var i = 0; i < record.Arms.Length; i++)
        {
            yield return ($"arms[{i}].label", record.Arms[i].Label);
            yield return ($"arms[{i}].description", record.Arms[i].Description);
        }

        foreach (var (name, outcomes) in new[]
                 {
                     ("primaryOutcomes", record.PrimaryOutcomes), ("secondaryOutcomes", record.SecondaryOutcomes),
                     ("otherOutcomes", record.OtherOutcomes), ("unclassifiedOutcomes", record.UnclassifiedOutcomes),
                 })
        {
            for (var i = 0; i < outcomes.Length; i++)
            {
                yield return ($"{name}[{i}].measure", outcomes[i].Measure);
                yield return ($"{name}[{i}].description", outcomes[i].Description);
            }
        }
    }

    private static IEnumerable<(string Path, string? Text)> List(string name, System.Collections.Immutable.ImmutableArray<string> values) =>
        values.Select((value, i) => ($"{name}[{i}]", (string?)value));
}
