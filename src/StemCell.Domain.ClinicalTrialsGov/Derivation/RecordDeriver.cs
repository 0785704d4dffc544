using System.Text.RegularExpressions;
using StemCell.Domain.ClinicalTrialsGov.Curation;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov.Derivation;

/// <summary>What a record's free text states about one of its stem cell interventions.</summary>
internal sealed class DerivedIntervention
{
    public StemCellType? CellType { get; set; }

    public TissueSource? TissueSource { get; set; }

    public DonorOrigin? DonorOrigin { get; set; }

    public List<DeliveryRoute> Routes { get; } = [];
}

/// <summary>What a record's free text states: the disease, the stem cell interventions, courses, scales and outcomes.</summary>
internal sealed class RecordDerivation
{
    public Disease? Disease { get; set; }

    /// <summary>Why the record is out of scope, or null when it is in scope.</summary>
    public string? OutOfScope { get; set; }

    public List<DiseaseCourse> Courses { get; } = [];

    public List<DerivedIntervention> Interventions { get; } = [];

    public List<ClinicalScale> ClinicalScales { get; } = [];

    public List<OutcomeMeasure> OutcomeMeasures { get; } = [];

    public List<ClinicalTrialsGovDerivedValue> Derived { get; } = [];

    public List<ClinicalTrialsGovNotDerivedValue> NotDerived { get; } = [];
}

/// <summary>
/// Reads what a ClinicalTrials.gov record's free text states about its stem cell therapy, every value with the phrase it
/// rests on. Phrases are trusted in this order: the intervention's own name, description and other names and the
/// arms that received it; then the titles, keywords and conditions, which speak for every stem cell intervention of
/// the record; then, for a record with one stem cell intervention only, the brief summary and the outcome measures,
/// whose sentences about other work are skipped. A later tier is read only when the earlier ones state nothing.
/// </summary>
internal static class RecordDeriver
{
    private const int MultipleSclerosisMeshNumber = 9103;
    private const int AlsMeshNumber = 690;
    private static readonly Regex ExclusionHeading = new(@"exclusion\s+criteria", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static RecordDerivation Derive(ClinicalTrialsGovRecord record)
    {
        var derivation = new RecordDerivation();
        DeriveDisease(record, derivation);
        if (derivation.Disease is null)
        {
            return derivation;
        }

        var stemCellInterventions = StemCellInterventions(record);
        if (stemCellInterventions.Count == 0)
        {
            var named = record.Interventions.IsEmpty ? "none" : string.Join("; ", record.Interventions.Select(i => i.ToString()));
            derivation.OutOfScope = $"No stem cell intervention (interventions: {named}).";
            return derivation;
        }

        DeriveCourses(record, derivation);
        DeriveInterventions(record, stemCellInterventions, derivation);
        DeriveMeasures(record, derivation);
        return derivation;
    }

    private static void DeriveDisease(ClinicalTrialsGovRecord record, RecordDerivation derivation)
    {
        var found = new List<FoundPhrase>();
        for (var i = 0; i < record.ConditionMeshTerms.Length; i++)
        {
            var mesh = record.ConditionMeshTerms[i];
            Disease? disease = MeshNumber(mesh.Id) switch
            {
                MultipleSclerosisMeshNumber => Disease.MultipleSclerosis,
                AlsMeshNumber => Disease.AmyotrophicLateralSclerosis,
                _ => null,
            };
            if (disease is not null)
            {
                found.Add(new FoundPhrase(disease, $"conditionMeshTerms[{i}]", mesh.Term, mesh.Term, PhraseReading.Stated));
            }
        }

        found.AddRange(ConditionFields(record).SelectMany(field => PhraseFinder.Find(field, PhraseRules.Diseases)));

        ReportUnstated(found, derivation);
        var stated = found.Where(p => p.Reading == PhraseReading.Stated).ToList();
        var diseases = stated.Select(p => (Disease)p.Term).Distinct().ToList();
        if (diseases.Count == 0)
        {
            var conditions = record.Conditions.IsEmpty ? "none" : string.Join("; ", record.Conditions);
            derivation.OutOfScope = $"No condition is multiple sclerosis or ALS (conditions: {conditions}).";
        }
        else if (diseases.Count > 1)
        {
            derivation.OutOfScope = $"The conditions name both multiple sclerosis and ALS ({Describe(stated)}); a study has one disease.";
        }
        else
        {
            derivation.Disease = diseases[0];
            derivation.Derived.Add(Evidence(stated[0]));
        }
    }

    /// <summary>The number of a MeSH descriptor id, which the registry writes both as D009103 and as D000009103.</summary>
    private static int? MeshNumber(string id) =>
        id.Length > 1 && id[0] == 'D' && int.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    private static List<(int Index, ClinicalTrialsGovIntervention Intervention)> StemCellInterventions(ClinicalTrialsGovRecord record)
    {
        var result = new List<(int, ClinicalTrialsGovIntervention)>();
        for (var i = 0; i < record.Interventions.Length; i++)
        {
            var intervention = record.Interventions[i];
            if (PhraseRules.ControlIntervention.IsMatch(intervention.Name))
            {
                continue;
            }

            if (PhraseRules.StemCellWords.IsMatch(intervention.Name)
                || (intervention.Description is { } description && PhraseRules.StemCellWords.IsMatch(description))
                || intervention.OtherNames.Any(PhraseRules.StemCellWords.IsMatch))
            {
                result.Add((i, intervention));
            }
        }

        if (result.Count == 0 && RecordSpeaksOfStemCells(record))
        {
            // The classic formats lose which intervention an other name belongs to, so "Lenzumestrocel" no longer says
            // it is "Autologous Bone Marrow derived Mesenchymal Stem Cell". When the titles, keywords, conditions or arms
            // speak of stem cells, the one biological that is not a control (or else the one intervention that is not a
            // control) is the stem cell therapy.
            var candidates = record.Interventions
                .Select((intervention, i) => (i, intervention))
                .Where(c => !PhraseRules.ControlIntervention.IsMatch(c.intervention.Name))
                .ToList();
            var biologicals = candidates.Where(c => c.intervention.Type == ClinicalTrialsGovCodes.InterventionType.Biological).ToList();
            if (biologicals.Count == 1)
            {
                result.Add(biologicals[0]);
            }
            else if (candidates.Count == 1)
            {
                result.Add(candidates[0]);
            }
        }

        return result;
    }

    private static bool RecordSpeaksOfStemCells(ClinicalTrialsGovRecord record) =>
        TitleAndKeywordFields(record)
            .Concat(ConditionFields(record))
            .Concat(record.Arms.Where(a => !IsControlArm(a)).SelectMany(a => new[] { a.Label, a.Description ?? string.Empty }).Select(t => new TextField("arms", t)))
            .Any(f => PhraseRules.StemCellWords.IsMatch(f.Text));

    private static void DeriveCourses(ClinicalTrialsGovRecord record, RecordDerivation derivation)
    {
        var rules = derivation.Disease == Disease.MultipleSclerosis ? PhraseRules.MultipleSclerosisCourses : PhraseRules.AlsCourses;
        var fields = new List<TextField>();
        fields.AddRange(ConditionFields(record));
        fields.AddRange(record.ConditionMeshTerms.Select((m, i) => new TextField($"conditionMeshTerms[{i}]", m.Term)));
        fields.AddRange(TitleAndKeywordFields(record));
        fields.AddRange(InterventionAndArmFields(record));
        if (record.Eligibility?.Criteria is { } criteria)
        {
            // Only who may take part: the exclusion criteria name the courses that may not.
            var exclusion = ExclusionHeading.Match(criteria);
            fields.Add(new TextField("eligibility.criteria", exclusion.Success ? criteria[..exclusion.Index] : criteria));
        }

        var found = new List<FoundPhrase>();
        foreach (var field in fields)
        {
            var unknown = PhraseRules.UnknownCourses
                .SelectMany(u => u.Pattern.Matches(field.Text).Select(m => (m.Index, m.Length, u.Why, m.Value)))
                .ToList();
            foreach (var (_, _, why, value) in unknown)
            {
                AddNotDerived(derivation, $"disease course \"{value}\"", $"{why} ({field.Path})");
            }

            found.AddRange(PhraseFinder.Find(field, rules)
                .Where(p => !unknown.Any(u => field.Text.IndexOf(p.Phrase, u.Index, u.Length, StringComparison.Ordinal) >= 0)));
        }

        ReportUnstated(found, derivation);
        var stated = found.Where(p => p.Reading == PhraseReading.Stated).ToList();
        var courses = stated.Select(p => (DiseaseCourse)p.Term).Distinct().ToList();
        if (courses.Contains(DiseaseCourse.ProgressiveMs)
            && courses.FirstOrDefault(c => c == DiseaseCourse.SecondaryProgressiveMs || c == DiseaseCourse.PrimaryProgressiveMs) is { } specific)
        {
            courses.Remove(DiseaseCourse.ProgressiveMs);
            AddNotDerived(derivation, Name(DiseaseCourse.ProgressiveMs), $"the record names the progressive course precisely ({specific.Code})");
        }

        foreach (var course in courses)
        {
            derivation.Courses.Add(course);
            derivation.Derived.Add(Evidence(stated.First(p => p.Term.Equals(course))));
        }
    }

    private static void DeriveInterventions(
        ClinicalTrialsGovRecord record, List<(int Index, ClinicalTrialsGovIntervention Intervention)> stemCellInterventions, RecordDerivation derivation)
    {
        var single = stemCellInterventions.Count == 1;
        var recordWide = TitleAndKeywordFields(record)
            .Concat(ConditionFields(record))
            .ToList();
        var summary = single ? SummaryFields(record).ToList() : [];

        foreach (var (index, intervention) in stemCellInterventions)
        {
            var own = OwnFields(record, index, intervention, single).ToList();
            var derived = new DerivedIntervention();
            var evidence = new List<ClinicalTrialsGovDerivedValue>();
            var label = $"interventions[{index}] \"{intervention.Name}\"";

            var blocker = PhraseRules.CellTypeBlockers
                .Select(b => (b.Why, Field: own.Concat(recordWide).FirstOrDefault(f => b.Pattern.IsMatch(f.Text))))
                .FirstOrDefault(b => b.Field is not null);
            if (blocker.Field is not null)
            {
                AddNotDerived(derivation, $"cell type of {label}", $"{blocker.Why} ({blocker.Field.Path})");
            }
            else
            {
                derived.CellType = (StemCellType?)Single(
                    derivation, evidence, $"cell type of {label}", PhraseRules.CellTypes, readOrigins: true, own, recordWide, []);
            }

            derived.TissueSource = (TissueSource?)Single(derivation, evidence, $"tissue source of {label}", PhraseRules.TissueSources, readOrigins: false, own, recordWide, summary);
            derived.DonorOrigin = (DonorOrigin?)Single(derivation, evidence, $"donor origin of {label}", PhraseRules.DonorOrigins, readOrigins: false, own, recordWide, summary);
            foreach (var route in Several(derivation, evidence, PhraseRules.DeliveryRoutes, own, single ? recordWide : [], single ? summary.Concat(OutcomeFields(record)).ToList() : []))
            {
                derived.Routes.Add((DeliveryRoute)route);
            }

            if (derived.CellType is null && !derivation.NotDerived.Any(n => n.What == $"cell type of {label}"))
            {
                AddNotDerived(derivation, $"cell type of {label}", "no phrase names its kind of stem cell; the intervention is kept with its cell type unstated");
            }

            derivation.Interventions.Add(derived);
            foreach (var value in evidence.Where(v => !derivation.Derived.Contains(v)))
            {
                derivation.Derived.Add(value);
            }
        }
    }

    private static IVocabularyTerm? Single(
        RecordDerivation derivation,
        List<ClinicalTrialsGovDerivedValue> evidence,
        string what,
        PhraseRule[] rules,
        bool readOrigins,
        List<TextField> own,
        List<TextField> recordWide,
        List<TextField> summary)
    {
        foreach (var (fields, background) in new[] { (own, false), (recordWide, false), (summary, true) })
        {
            var found = fields.SelectMany(f => PhraseFinder.Find(f, rules, readOrigins, readBackground: background)).ToList();
            ReportUnstated(found, derivation);
            var stated = found.Where(p => p.Reading == PhraseReading.Stated).ToList();
            var terms = stated.Select(p => p.Term).Distinct().ToList();
            if (terms.Count > 1)
            {
                AddNotDerived(derivation, what, $"phrases conflict: {Describe(stated)}");
                return null;
            }

            if (terms.Count == 1)
            {
                AddEvidence(evidence, stated);
                return terms[0];
            }
        }

        return null;
    }

    private static List<IVocabularyTerm> Several(
        RecordDerivation derivation, List<ClinicalTrialsGovDerivedValue> evidence, PhraseRule[] rules, List<TextField> own, List<TextField> recordWide, List<TextField> summary)
    {
        foreach (var (fields, background) in new[] { (own, false), (recordWide, false), (summary, true) })
        {
            var found = fields.SelectMany(f => PhraseFinder.Find(f, rules, readBackground: background)).ToList();
            ReportUnstated(found, derivation);
            var stated = found.Where(p => p.Reading == PhraseReading.Stated).ToList();
            if (stated.Count > 0)
            {
                AddEvidence(evidence, stated);
                return stated.Select(p => p.Term).Distinct().ToList();
            }
        }

        return [];
    }

    private static void DeriveMeasures(ClinicalTrialsGovRecord record, RecordDerivation derivation)
    {
        var outcomes = OutcomeFields(record).ToList();
        var scaleFields = outcomes.Concat(record.Keywords.Select((k, i) => new TextField($"keywords[{i}]", k))).ToList();
        var scales = scaleFields.SelectMany(f => PhraseFinder.Find(f, PhraseRules.ClinicalScales, readNegation: false)).ToList();
        foreach (var scale in scales.Select(p => p.Term).Distinct())
        {
            derivation.ClinicalScales.Add((ClinicalScale)scale);
            derivation.Derived.Add(Evidence(scales.First(p => p.Term.Equals(scale))));
        }

        // Measuring "the absence of adverse events" still measures safety, so outcome phrases are not read for negation.
        // Only the measures themselves: a description says what an instrument covers ("EQ-5D: five questions relating
        // to mobility, self-care …"), not what the study measures.
        var measures = outcomes
            .Where(f => f.Path.EndsWith(".measure", StringComparison.Ordinal))
            .SelectMany(f => PhraseFinder.Find(f, PhraseRules.OutcomeMeasures, readNegation: false))
            .ToList();
        foreach (var measure in measures.Select(p => p.Term).Distinct())
        {
            derivation.OutcomeMeasures.Add((OutcomeMeasure)measure);
            derivation.Derived.Add(Evidence(measures.First(p => p.Term.Equals(measure))));
        }
    }

    private static IEnumerable<TextField> OwnFields(ClinicalTrialsGovRecord record, int index, ClinicalTrialsGovIntervention intervention, bool single)
    {
        yield return new TextField($"interventions[{index}].name", intervention.Name);
        if (intervention.Description is { } description)
        {
            yield return new TextField($"interventions[{index}].description", description);
        }

        for (var j = 0; j < intervention.OtherNames.Length; j++)
        {
            yield return new TextField($"interventions[{index}].otherNames[{j}]", intervention.OtherNames[j]);
        }

        var linkKnown = record.Arms.Any(a => !a.InterventionNames.IsEmpty) || record.Interventions.Any(i => !i.ArmGroupLabels.IsEmpty);
        for (var a = 0; a < record.Arms.Length; a++)
        {
            var arm = record.Arms[a];
            var received = linkKnown
                ? intervention.ArmGroupLabels.Contains(arm.Label, StringComparer.OrdinalIgnoreCase)
                  || arm.InterventionNames.Any(n => NamesIntervention(n, intervention.Name))
                // Without links (the classic formats lose them) an arm can be read only when one intervention is the stem cell one.
                : single;
            if (!received || IsControlArm(arm))
            {
                continue;
            }

            yield return new TextField($"arms[{a}].label", arm.Label);
            if (arm.Description is { } armDescription)
            {
                yield return new TextField($"arms[{a}].description", armDescription);
            }
        }
    }

    private static bool NamesIntervention(string armInterventionName, string interventionName)
    {
        // Arms name their interventions as "Biological: NurOwn".
        var colon = armInterventionName.IndexOf(": ", StringComparison.Ordinal);
        var name = colon < 0 ? armInterventionName : armInterventionName[(colon + 2)..];
        return string.Equals(name.Trim(), interventionName.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsControlArm(ClinicalTrialsGovArm arm) =>
        arm.Type switch
        {
            ClinicalTrialsGovCodes.ArmGroupType.PlaceboComparator or ClinicalTrialsGovCodes.ArmGroupType.ShamComparator
                or ClinicalTrialsGovCodes.ArmGroupType.NoIntervention => true,
            null => PhraseRules.ControlIntervention.IsMatch(arm.Label) && !PhraseRules.StemCellWords.IsMatch(arm.Label),
            _ => false,
        };

    // The fields each tier of the derivation reads, picked from the record's text fields (RecordText spells the paths).
    private static IEnumerable<TextField> ConditionFields(ClinicalTrialsGovRecord record) => Picked(record, "conditions[");

    private static IEnumerable<TextField> TitleAndKeywordFields(ClinicalTrialsGovRecord record) =>
        Picked(record, "briefTitle", "officialTitle", "keywords[");

    private static IEnumerable<TextField> InterventionAndArmFields(ClinicalTrialsGovRecord record) =>
        RecordText.Fields(record).Where(f => (f.Path.StartsWith("interventions[", StringComparison.Ordinal) && !f.Path.Contains(".otherNames[", StringComparison.Ordinal))
            || f.Path.StartsWith("arms[", StringComparison.Ordinal));

    private static IEnumerable<TextField> SummaryFields(ClinicalTrialsGovRecord record) => Picked(record, "briefSummary");

    private static IEnumerable<TextField> OutcomeFields(ClinicalTrialsGovRecord record) =>
        Picked(record, "primaryOutcomes[", "secondaryOutcomes[", "otherOutcomes[", "unclassifiedOutcomes[");

    /// <summary>The record's text fields whose path is one of <paramref name="paths"/> or, for one ending in '[', an item of that list.</summary>
    private static IEnumerable<TextField> Picked(ClinicalTrialsGovRecord record, params string[] paths) =>
        RecordText.Fields(record).Where(f => paths.Any(p => p.EndsWith('[') ? f.Path.StartsWith(p, StringComparison.Ordinal) : f.Path == p));

    private static void AddEvidence(List<ClinicalTrialsGovDerivedValue> evidence, List<FoundPhrase> stated)
    {
        // One quote per term and field is enough to check a value; more repeat it.
        foreach (var phrase in stated.DistinctBy(p => (p.Term, p.Field)))
        {
            var value = Evidence(phrase);
            if (!evidence.Contains(value))
            {
                evidence.Add(value);
            }
        }
    }

    private static void ReportUnstated(List<FoundPhrase> found, RecordDerivation derivation)
    {
        foreach (var phrase in found.Where(p => p.Reading != PhraseReading.Stated))
        {
            var why = phrase.Reading switch
            {
                PhraseReading.Negated => "negated",
                PhraseReading.Origin => "names what the cells were made from, not the cells given,",
                _ => "in a sentence about other work",
            };
            AddNotDerived(derivation, Name(phrase.Term), $"{why} in {phrase.Field} (\"{phrase.Quote}\")");
        }
    }

    private static void AddNotDerived(RecordDerivation derivation, string what, string why)
    {
        var value = new ClinicalTrialsGovNotDerivedValue(what, why);
        if (!derivation.NotDerived.Contains(value))
        {
            derivation.NotDerived.Add(value);
        }
    }

    private static ClinicalTrialsGovDerivedValue Evidence(FoundPhrase phrase) => new(phrase.Term, phrase.Field, phrase.Quote);

    private static string Name(IVocabularyTerm term) => $"{term.VocabularyName} {term.Code}";

    private static string Describe(IEnumerable<FoundPhrase> phrases) =>
        string.Join("; ", phrases.DistinctBy(p => (p.Term, p.Field)).Select(p => $"{p.Term.Code} in {p.Field} (\"{p.Quote}\")"));
}
