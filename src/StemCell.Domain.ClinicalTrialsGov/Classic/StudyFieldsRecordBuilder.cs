using System.Collections.Immutable;
using NodaTime;
using Display = StemCell.Domain.ClinicalTrialsGov.Classic.ClassicDisplayCodes;

namespace StemCell.Domain.ClinicalTrialsGov.Classic;

/// <summary>
/// Builds a record from one trial's StudyFields fields, merged from every chunk of a query. The API flattens nested
/// lists into parallel lists of strings: they are laid back along their items only where the lengths make it certain
/// (see <see cref="ClassicValues.Align"/> and <see cref="LinkArmsAndInterventions"/>).
/// </summary>
internal sealed class StudyFieldsRecordBuilder
{
    private readonly IReadOnlyDictionary<string, ImmutableArray<string>> _fields;
    private readonly List<string> _warnings;

    private StudyFieldsRecordBuilder(IReadOnlyDictionary<string, ImmutableArray<string>> fields, List<string> warnings)
    {
        _fields = fields;
        _warnings = warnings;
    }

    // hasResultsKnown: whether the chunks asked for ResultsFirstSubmitDate, whose presence is v2's hasResults.
    internal static ClinicalTrialsGovRecord Build(
        string nctId,
        LocalDate? dataVersion,
        IReadOnlyDictionary<string, ImmutableArray<string>> fields,
        bool hasResultsKnown,
        List<string> warnings)
    {
        var b = new StudyFieldsRecordBuilder(fields, warnings);
        var (arms, interventions, unattributedOtherNames) = b.ArmsAndInterventions();
        return new ClinicalTrialsGovRecord
        {
            NctId = nctId,
            Format = ClinicalTrialsGovFormat.ClassicStudyFields,
            DataVersion = dataVersion,
            NctIdAliases = b.List("NCTIdAlias"),
            BriefTitle = b.One("BriefTitle"),
            OfficialTitle = b.One("OfficialTitle"),
            Acronym = b.One("Acronym"),
            OrgStudyId = b.One("OrgStudyId"),
            SecondaryIds = b.Items(
                "SecondaryId",
                ["SecondaryIdType", "SecondaryIdDomain"],
                "secondary ids",
                (id, other) => new ClinicalTrialsGovSecondaryId(id, b.Map(other[0], Display.SecondaryIdType, "SecondaryIdType"), other[1])),
            OverallStatus = b.Map(b.One("OverallStatus"), Display.Status, "OverallStatus"),
            LastKnownStatus = b.Map(b.One("LastKnownStatus"), Display.Status, "LastKnownStatus"),
            WhyStopped = b.One("WhyStopped"),
            StartDate = b.Date("StartDate"),
            PrimaryCompletionDate = b.Date("PrimaryCompletionDate"),
            CompletionDate = b.Date("CompletionDate"),
            LeadSponsor = b.One("LeadSponsorName") is { } lead
                ? new ClinicalTrialsGovOrganization(lead, b.Map(b.One("LeadSponsorClass"), Display.AgencyClass, "LeadSponsorClass"))
                : null,
            Collaborators = b.Items(
                "CollaboratorName",
                ["CollaboratorClass"],
                "collaborators",
                (name, other) => new ClinicalTrialsGovOrganization(name, b.Map(other[0], Display.AgencyClass, "CollaboratorClass"))),
            BriefSummary = b.One("BriefSummary"),
            DetailedDescription = b.One("DetailedDescription"),
            Conditions = b.List("Condition"),
            Keywords = b.List("Keyword"),
            ConditionMeshTerms = b.MeshTerms(),
            StudyType = b.Map(b.One("StudyType"), Display.StudyType, "StudyType"),
            Phases = ClassicValues.MapAll(b.List("Phase"), Display.Phase, "Phase", warnings),
            Allocation = b.Map(b.One("DesignAllocation"), Display.Allocation, "DesignAllocation"),
            InterventionModel = b.Map(b.One("DesignInterventionModel"), Display.InterventionModel, "DesignInterventionModel"),
            Masking = b.Map(b.One("DesignMasking"), Display.Masking, "DesignMasking"),
            WhoMasked = ClassicValues.MapAll(b.List("DesignWhoMasked"), Display.WhoMasked, "DesignWhoMasked", warnings),
            PrimaryPurpose = b.Map(b.One("DesignPrimaryPurpose"), Display.PrimaryPurpose, "DesignPrimaryPurpose"),
            Enrollment = ClassicValues.Enrollment(b.One("EnrollmentCount"), b.One("EnrollmentType"), "EnrollmentCount", "EnrollmentType", warnings),
            Arms = arms,
            Interventions = interventions,
            UnattributedInterventionOtherNames = unattributedOtherNames,
            PrimaryOutcomes = b.Outcomes("Primary", "primary outcomes"),
            SecondaryOutcomes = b.Outcomes("Secondary", "secondary outcomes"),
            OtherOutcomes = b.Outcomes("Other", "other outcomes"),
            Eligibility = b.Eligibility(),
            Locations = b.Items(
                null,
                ["LocationFacility", "LocationCity", "LocationState", "LocationCountry"],
                "locations",
                (_, parts) => new ClinicalTrialsGovLocation(parts[0], parts[1], parts[2], parts[3])),
            References = b.Items(
                "ReferenceCitation",
                ["ReferencePMID", "ReferenceType"],
                "references",
                (citation, other) => new ClinicalTrialsGovReference(citation, other[0], b.Map(other[1], Display.ReferenceType, "ReferenceType"))),
            HasResults = hasResultsKnown ? b.List("ResultsFirstSubmitDate").Length > 0 : null,
        };
    }

    private ImmutableArray<string> List(string field) => _fields.TryGetValue(field, out var values) ? values : [];

    private string? One(string field)
    {
        var values = List(field);
        if (values.Length > 1)
        {
            _warnings.Add($"{field}: {values.Length} values where one was expected ('{string.Join("', '", values)}'); the first is kept.");
        }

        return values.Length == 0 ? null : values[0];
    }

    private string? Map(string? display, ClassicConcept concept, string field) =>
        display is null ? null : concept.Map(display, field, _warnings);

    private ClinicalTrialsGovDate? Date(string field) =>
        ClassicValues.Date(One(field), One(field + "Type"), field, field + "Type", _warnings);

    /// <summary>
    /// Builds the items of a flattened nested list: <paramref name="keyField"/> (required in each item) and
    /// <paramref name="otherFields"/> (optional) are laid along the items where their lengths allow. When the key
    /// field's own length is not the items' number, no item can be built.
    /// </summary>
    private ImmutableArray<T> Items<T>(string? keyField, string[] otherFields, string items, Func<string, string?[], T> create)
    {
        var keys = keyField is null ? [] : List(keyField);
        var others = otherFields.Select(List).ToArray();
        var count = Math.Max(keys.Length, others.Length == 0 ? 0 : others.Max(values => values.Length));
        if (count == 0)
        {
            return [];
        }

        if (keyField is not null && keys.Length != count)
        {
            _warnings.Add(ClassicValues.NotAligned(keyField, keys.Length, count, items));
            return [];
        }

        var aligned = otherFields.Select((field, i) => ClassicValues.Align(others[i], count, field, items, _warnings)).ToArray();
        return [.. Enumerable.Range(0, count).Select(i => create(keyField is null ? string.Empty : keys[i], [.. aligned.Select(values => values[i])]))];
    }

    private ImmutableArray<ClinicalTrialsGovOutcome> Outcomes(string kind, string items) =>
        Items(
            kind + "OutcomeMeasure",
            [kind + "OutcomeDescription", kind + "OutcomeTimeFrame"],
            items,
            (measure, other) => new ClinicalTrialsGovOutcome(measure, other[0], other[1]));

    private ImmutableArray<ClinicalTrialsGovMeshTerm> MeshTerms()
    {
        var terms = Items("ConditionMeshId", ["ConditionMeshTerm"], "MeSH terms", (id, other) => (Id: id, Term: other[0]));
        if (terms.Any(term => term.Term is null))
        {
            _warnings.Add("ConditionMeshTerm: the MeSH ids have no terms beside them; they are not kept.");
            return [];
        }

        return [.. terms.Select(term => new ClinicalTrialsGovMeshTerm(term.Id, term.Term!))];
    }

    private ClinicalTrialsGovEligibility? Eligibility()
    {
        string[] fields = ["EligibilityCriteria", "Gender", "MinimumAge", "MaximumAge", "StdAge", "HealthyVolunteers"];
        if (fields.All(field => List(field).Length == 0))
        {
            return null;
        }

        return new ClinicalTrialsGovEligibility
        {
            Criteria = One("EligibilityCriteria"),
            Sex = Map(One("Gender"), Display.Sex, "Gender"),
            MinimumAge = One("MinimumAge"),
            MaximumAge = One("MaximumAge"),
            StandardAges = ClassicValues.MapAll(List("StdAge"), Display.StandardAge, "StdAge", _warnings),
            HealthyVolunteers = ClassicValues.YesNo(One("HealthyVolunteers"), "HealthyVolunteers", _warnings),
        };
    }

    private (ImmutableArray<ClinicalTrialsGovArm> Arms, ImmutableArray<ClinicalTrialsGovIntervention> Interventions, ImmutableArray<string> UnattributedOtherNames) ArmsAndInterventions()
    {
        var armParts = Items("ArmGroupLabel", ["ArmGroupType", "ArmGroupDescription"], "arms", (label, other) => (Label: label, Type: other[0], Description: other[1]));
        var interventionParts = Items(
            "InterventionName",
            ["InterventionType", "InterventionDescription"],
            "interventions",
            (name, other) => (Name: name, Type: other[0], Description: other[1]));

        var (armInterventionNames, interventionArmLabels) = LinkArmsAndInterventions(
            [.. armParts.Select(arm => arm.Label)],
            [.. interventionParts.Select(intervention => intervention.Type is null ? intervention.Name : $"{intervention.Type}: {intervention.Name}")]);

        var otherNames = List("InterventionOtherName");
        if (otherNames.Length > 0 && interventionParts.Length != 1)
        {
            _warnings.Add($"InterventionOtherName: the API lists the other names of all {interventionParts.Length} interventions in one list, so which intervention each belongs to cannot be told; they are kept as the record's unattributed other names.");
        }

        ImmutableArray<ClinicalTrialsGovArm> arms = [.. armParts.Select((arm, i) => new ClinicalTrialsGovArm
        {
            Label = arm.Label,
            Type = Map(arm.Type, Display.ArmGroupType, "ArmGroupType"),
            Description = arm.Description,
            InterventionNames = armInterventionNames[i],
        })];
        ImmutableArray<ClinicalTrialsGovIntervention> interventions = [.. interventionParts.Select((intervention, i) => new ClinicalTrialsGovIntervention
        {
            Name = intervention.Name,
            Type = Map(intervention.Type, Display.InterventionType, "InterventionType"),
            Description = intervention.Description,
            OtherNames = interventionParts.Length == 1 ? otherNames : [],
            ArmGroupLabels = interventionArmLabels[i],
        })];
        return (arms, interventions, interventionParts.Length == 1 ? [] : otherNames);
    }

    /// <summary>
    /// Lays the flattened <c>ArmGroupInterventionName</c> (every arm's intervention names, arm after arm) and
    /// <c>InterventionArmGroupLabel</c> (every intervention's arm labels, intervention after intervention) back along
    /// the arms and interventions. One list is certain when it has one owner. Otherwise each list tells how many items
    /// the other's owners have (an arm's label appears once per intervention it received), so both can be cut; the cut
    /// is kept only when labels and names are unique, every item names a known arm or intervention, and both cuts give
    /// the same arm–intervention pairs. Anything else is left empty with a warning.
    /// </summary>
    private (ImmutableArray<string>[] ArmInterventionNames, ImmutableArray<string>[] InterventionArmLabels) LinkArmsAndInterventions(
        string[] armLabels,
        string[] interventionKeys)
    {
        var names = List("ArmGroupInterventionName");
        var labels = List("InterventionArmGroupLabel");
        var cut = Cut(armLabels, interventionKeys, names, labels);

        var armSide = names.Length == 0 ? Empty(armLabels.Length)
            : armLabels.Length == 1 ? [names]
            : cut?.ArmSide;
        var interventionSide = labels.Length == 0 ? Empty(interventionKeys.Length)
            : interventionKeys.Length == 1 ? [labels]
            : cut?.InterventionSide;

        if (armSide is null)
        {
            _warnings.Add($"ArmGroupInterventionName: the API lists the {names.Length} intervention names of {armLabels.Length} arms in one list, and which arm each belongs to cannot be told; they are not kept.");
        }

        if (interventionSide is null)
        {
            _warnings.Add($"InterventionArmGroupLabel: the API lists the {labels.Length} arm labels of {interventionKeys.Length} interventions in one list, and which intervention each belongs to cannot be told; they are not kept.");
        }

        return (armSide ?? Empty(armLabels.Length), interventionSide ?? Empty(interventionKeys.Length));
    }

    private static (ImmutableArray<string>[] ArmSide, ImmutableArray<string>[] InterventionSide)? Cut(
        string[] armLabels,
        string[] interventionKeys,
        ImmutableArray<string> names,
        ImmutableArray<string> labels)
    {
        if (names.Length != labels.Length
            || armLabels.Distinct(StringComparer.Ordinal).Count() != armLabels.Length
            || interventionKeys.Distinct(StringComparer.Ordinal).Count() != interventionKeys.Length
            || !labels.All(label => armLabels.Contains(label, StringComparer.Ordinal))
            || !names.All(name => interventionKeys.Contains(name, StringComparer.Ordinal)))
        {
            return null;
        }

        var armSide = CutBy(names, [.. armLabels.Select(label => labels.Count(l => l == label))]);
        var interventionSide = CutBy(labels, [.. interventionKeys.Select(key => names.Count(n => n == key))]);
        var fromArms = armLabels.SelectMany((label, arm) => armSide[arm].Select(name => label + "\n" + name));
        var fromInterventions = interventionKeys.SelectMany((key, intervention) => interventionSide[intervention].Select(label => label + "\n" + key));
        var consistent = fromArms.Order(StringComparer.Ordinal).SequenceEqual(fromInterventions.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        return consistent ? (armSide, interventionSide) : null;
    }

    private static ImmutableArray<string>[] CutBy(ImmutableArray<string> values, int[] lengths)
    {
        var parts = new ImmutableArray<string>[lengths.Length];
        var start = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            parts[i] = values.Slice(start, lengths[i]);
            start += lengths[i];
        }

        return parts;
    }

    private static ImmutableArray<string>[] Empty(int count) => [.. Enumerable.Repeat(ImmutableArray<string>.Empty, count)];
}
