using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Display = StemCell.Domain.ClinicalTrialsGov.Classic.ClassicDisplayCodes;

namespace StemCell.Domain.ClinicalTrialsGov.Classic;

/// <summary>Builds a record from one row of the classic website's CSV export (columns found by header name).</summary>
internal sealed partial class ClassicCsvRecordBuilder
{
    /// <summary>The columns the classic export can have, in its order.</summary>
    internal static readonly ImmutableArray<string> Columns =
    [
        "Rank", "NCT Number", "Title", "Acronym", "Status", "Study Results", "Conditions", "Interventions", "Outcome Measures",
        "Sponsor/Collaborators", "Gender", "Age", "Phases", "Enrollment", "Funded Bys", "Study Type", "Study Designs", "Other IDs",
        "Start Date", "Primary Completion Date", "Completion Date", "First Posted", "Results First Posted", "Last Update Posted",
        "Locations", "Study Documents", "URL",
    ];

    internal const string NctNumber = "NCT Number";

    /// <summary>The registry requires a state for every United States site, so a US location's state can be recognized.</summary>
    private static readonly FrozenSet<string> UnitedStatesStates = new[]
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "West Virginia", "Wisconsin", "Wyoming",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly string[] _fields;
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly int _line;
    private readonly List<string> _warnings;

    private ClassicCsvRecordBuilder(string[] fields, IReadOnlyDictionary<string, int> columns, int line, List<string> warnings)
    {
        _fields = fields;
        _columns = columns;
        _line = line;
        _warnings = warnings;
    }

    internal static ClinicalTrialsGovRecord Build(string nctId, string[] fields, IReadOnlyDictionary<string, int> columns, int line, List<string> warnings)
    {
        var b = new ClassicCsvRecordBuilder(fields, columns, line, warnings);
        var (orgStudyId, secondaryIds) = b.OtherIds();
        var (leadSponsor, collaborators) = b.Organizations();
        var design = b.Designs();
        return new ClinicalTrialsGovRecord
        {
            NctId = nctId,
            Format = ClinicalTrialsGovFormat.ClassicCsv,
            BriefTitle = b.Value("Title"),
            Acronym = b.Value("Acronym"),
            OrgStudyId = orgStudyId,
            SecondaryIds = secondaryIds,
            OverallStatus = b.Map("Status", Display.Status),
            StartDate = b.Date("Start Date"),
            PrimaryCompletionDate = b.Date("Primary Completion Date"),
            CompletionDate = b.Date("Completion Date"),
            LeadSponsor = leadSponsor,
            Collaborators = collaborators,
            Conditions = b.List("Conditions"),
            StudyType = b.Map("Study Type", Display.StudyType),
            Phases = ClassicValues.MapAll(b.List("Phases"), Display.Phase, b.Where("Phases"), warnings),
            Allocation = design.Allocation,
            InterventionModel = design.InterventionModel,
            Masking = design.Masking,
            WhoMasked = design.WhoMasked,
            PrimaryPurpose = design.PrimaryPurpose,
            Enrollment = ClassicValues.Enrollment(b.Value("Enrollment"), null, b.Where("Enrollment"), b.Where("Enrollment"), warnings),
            Interventions = b.Interventions(),
            UnclassifiedOutcomes = [.. b.List("Outcome Measures").Select(measure => new ClinicalTrialsGovOutcome(measure, null, null))],
            Eligibility = b.Eligibility(),
            Locations = [.. b.List("Locations").Select(b.Location).OfType<ClinicalTrialsGovLocation>()],
            HasResults = b.StudyResults(),
        };
    }

    private string Where(string column) => $"line {_line}, {column}";

    private string? Value(string column) =>
        _columns.TryGetValue(column, out var index) && _fields[index].Length > 0 ? _fields[index] : null;

    private ImmutableArray<string> List(string column) => Value(column) is { } text ? [.. text.Split('|')] : [];

    private string? Map(string column, ClassicConcept concept) =>
        Value(column) is { } text ? concept.Map(text, Where(column), _warnings) : null;

    private ClinicalTrialsGovDate? Date(string column) =>
        ClassicValues.Date(Value(column), null, Where(column), Where(column), _warnings);

    private bool? StudyResults()
    {
        switch (Value("Study Results"))
        {
            case null:
                return null;
            case "Has Results":
                return true;
            case "No Results Available":
                return false;
            case var other:
                _warnings.Add($"{Where("Study Results")}: '{other}' is neither 'Has Results' nor 'No Results Available'; left unset.");
                return null;
        }
    }

    /// <summary>
    /// The export joins the sponsor's own id and the secondary ids in one list without saying which is which. The
    /// sponsor's id is required, so a single id is it; of several, which is the sponsor's cannot be told, so all are
    /// kept as secondary ids with a warning.
    /// </summary>
    private (string? OrgStudyId, ImmutableArray<ClinicalTrialsGovSecondaryId> SecondaryIds) OtherIds()
    {
        var ids = List("Other IDs");
        if (ids.Length <= 1)
        {
            return (ids.FirstOrDefault(), []);
        }

        _warnings.Add($"{Where("Other IDs")}: which of the {ids.Length} ids is the sponsor's own cannot be told from the export; all are kept as secondary ids.");
        return (null, [.. ids.Select(id => new ClinicalTrialsGovSecondaryId(id, null, null))]);
    }

    /// <summary>
    /// Sponsor/Collaborators lists the lead sponsor first. Funded Bys gives organization classes, but not one per
    /// organization for certain (it may be the distinct classes), so a class is given to the organizations only when
    /// there is one class, which then holds for all of them.
    /// </summary>
    private (ClinicalTrialsGovOrganization? Lead, ImmutableArray<ClinicalTrialsGovOrganization> Collaborators) Organizations()
    {
        var names = List("Sponsor/Collaborators");
        var classes = List("Funded Bys");
        if (names.Length == 0)
        {
            if (classes.Length > 0)
            {
                _warnings.Add($"{Where("Funded Bys")}: classes are given without organizations; not kept.");
            }

            return (null, []);
        }

        string? shared = null;
        if (classes.Length == 1)
        {
            shared = Display.AgencyClass.Map(classes[0], Where("Funded Bys"), _warnings);
        }
        else if (classes.Length > 1)
        {
            _warnings.Add($"{Where("Funded Bys")}: {classes.Length} classes for {names.Length} organizations, and the export does not say which organization has which; not kept.");
        }

        return (
            new ClinicalTrialsGovOrganization(names[0], shared),
            [.. names.Skip(1).Select(name => new ClinicalTrialsGovOrganization(name, shared))]);
    }

    private (string? Allocation, string? InterventionModel, string? Masking, ImmutableArray<string> WhoMasked, string? PrimaryPurpose) Designs()
    {
        string? allocation = null, model = null, masking = null, purpose = null;
        ImmutableArray<string> whoMasked = [];
        var where = Where("Study Designs");
        foreach (var design in List("Study Designs"))
        {
            var colon = design.IndexOf(": ", StringComparison.Ordinal);
            var key = colon < 0 ? design : design[..colon];
            var value = colon < 0 ? string.Empty : design[(colon + 2)..];
            switch (key)
            {
                case "Allocation":
                    allocation = Display.Allocation.Map(value, where, _warnings);
                    break;
                case "Intervention Model":
                    model = Display.InterventionModel.Map(value, where, _warnings);
                    break;
                case "Masking":
                    (masking, whoMasked) = ClassicValues.MaskingWithWhoMasked(value, where, _warnings);
                    break;
                case "Primary Purpose":
                    purpose = Display.PrimaryPurpose.Map(value, where, _warnings);
                    break;
                case "Observational Model" or "Time Perspective":
                    // Observational designs have no place in the record; documented in the package README.
                    break;
                default:
                    _warnings.Add($"{where}: '{design}' is not a design the library knows (Allocation, Intervention Model, Masking, Primary Purpose); not kept.");
                    break;
            }
        }

        return (allocation, model, masking, whoMasked, purpose);
    }

    private ImmutableArray<ClinicalTrialsGovIntervention> Interventions()
    {
        var where = Where("Interventions");
        return [.. List("Interventions").Select(text =>
        {
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                _warnings.Add($"{where}: '{text}' has no type (expected 'Type: Name'); kept as a name without a type.");
                return new ClinicalTrialsGovIntervention { Name = text };
            }

            return new ClinicalTrialsGovIntervention
            {
                Type = Display.InterventionType.Map(text[..colon], where, _warnings),
                Name = text[(colon + 2)..],
            };
        })];
    }

    /// <summary>Reads Age, such as <c>18 Years to 65 Years   (Adult, Older Adult)</c>, with Gender.</summary>
    private ClinicalTrialsGovEligibility? Eligibility()
    {
        var sex = Map("Gender", Display.Sex);
        var age = Value("Age");
        if (sex is null && age is null)
        {
            return null;
        }

        string? minimum = null, maximum = null;
        ImmutableArray<string> groups = [];
        if (age is not null)
        {
            var match = AgePattern().Match(age);
            if (match.Success)
            {
                minimum = match.Groups["min"].Success ? match.Groups["min"].Value : null;
                maximum = match.Groups["max"].Success ? match.Groups["max"].Value : null;
                groups = ClassicValues.MapAll(match.Groups["groups"].Value.Split(", "), Display.StandardAge, Where("Age"), _warnings);
            }
            else
            {
                _warnings.Add($"{Where("Age")}: '{age}' is not an age range the library can read (such as '18 Years to 65 Years   (Adult, Older Adult)'); not kept.");
            }
        }

        return new ClinicalTrialsGovEligibility { Sex = sex, MinimumAge = minimum, MaximumAge = maximum, StandardAges = groups };
    }

    /// <summary>
    /// Reads one of Locations, <c>Facility, City, State, Country</c>, whose empty parts are left out and whose facility
    /// names may hold commas. The country is the last part. A United States location ends in a state (which the
    /// registry requires there), so its city is the part before the state and the facility is everything before the
    /// city. Elsewhere the state is optional, so what comes before the country cannot be told apart: only the country
    /// is kept, with a warning.
    /// </summary>
    private ClinicalTrialsGovLocation? Location(string text)
    {
        var parts = text.Split(", ");
        var country = parts[^1];
        if (country.Length == 0)
        {
            _warnings.Add($"{Where("Locations")}: '{text}' has no country; not kept.");
            return null;
        }

        if (parts.Length == 1)
        {
            return new ClinicalTrialsGovLocation(null, null, null, country);
        }

        if (country == "United States" && parts.Length >= 3 && UnitedStatesStates.Contains(parts[^2]))
        {
            var facility = parts.Length > 3 ? string.Join(", ", parts[..^3]) : null;
            return new ClinicalTrialsGovLocation(facility, parts[^3], parts[^2], country);
        }

        _warnings.Add($"{Where("Locations")}: '{text}': the parts before the country cannot be told apart as facility, city and state; only the country is kept.");
        return new ClinicalTrialsGovLocation(null, null, null, country);
    }

    [GeneratedRegex(@"^(?:(?:(?<min>\d+ [A-Za-z]+) to (?<max>\d+ [A-Za-z]+))|(?:(?<min>\d+ [A-Za-z]+) and older)|(?:up to (?<max>\d+ [A-Za-z]+)))?\s*\((?<groups>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgePattern();
}
