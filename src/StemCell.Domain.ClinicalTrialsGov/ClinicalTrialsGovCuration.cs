using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using StemCell.Domain.ClinicalTrialsGov.Curation;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>
/// Reviewed decisions about what registry records state in a way the importer cannot settle on its own, such as a
/// tissue named only in a list of other names that the classic API gives without saying which intervention each
/// belongs to. Applied after an import, each decision adds its value to the trial's study with the phrase it rests on
/// as evidence, after checking that the phrase is in the record's field.
/// </summary>
/// <remarks>
/// <para>
/// The curation document is strict JSON:
/// <c>{"formatVersion": "1.0", "decisions": [{"trial", "vocabulary", "code", "intervention"?, "field", "phrase", "why"}]}</c>.
/// <c>vocabulary</c> is one of <c>stem-cell-type</c>, <c>tissue-source</c>, <c>donor-origin</c> and <c>delivery-route</c>
/// (values of the intervention at index <c>intervention</c>) or <c>study-design</c>, <c>disease-course</c>,
/// <c>outcome-measure</c> and <c>clinical-scale</c> (values of the study, with no <c>intervention</c>).
/// </para>
/// <para>
/// A decision never overrides the record: one that would replace a value the importer derived, or repeat it, is an
/// error, as is one whose phrase is not in the named field of a record of the trial. Instances are immutable and safe
/// to use from several threads at once.
/// </para>
/// </remarks>
public sealed class ClinicalTrialsGovCuration
{
    /// <summary>The format version this library reads and writes.</summary>
    public const string FormatVersion = "1.0";

    private static readonly ImmutableArray<string> InterventionVocabularies =
        [StemCellType.VocabularyName, TissueSource.VocabularyName, DonorOrigin.VocabularyName, DeliveryRoute.VocabularyName];

    private static readonly ImmutableArray<string> StudyVocabularies =
        [StudyDesign.VocabularyName, DiseaseCourse.VocabularyName, OutcomeMeasure.VocabularyName, ClinicalScale.VocabularyName];

    private static readonly string[] DecisionProperties = ["trial", "vocabulary", "code", "intervention", "field", "phrase", "why"];

    // The name problems found by Apply give: the document's, when the curation was read from one.
    private readonly string _inputName;

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovCuration"/> class.</summary>
    /// <param name="decisions">The decisions, applied in this order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> is null, contains a null, or a decision has a null value.</exception>
    /// <exception cref="ArgumentException">A decision's trial is not an NCT number, its vocabulary is not one a decision can set, or its intervention index does not fit its vocabulary.</exception>
    public ClinicalTrialsGovCuration(IEnumerable<ClinicalTrialsGovCurationDecision> decisions)
        : this(decisions, "curation")
    {
    }

    private ClinicalTrialsGovCuration(IEnumerable<ClinicalTrialsGovCurationDecision> decisions, string inputName)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        _inputName = inputName;
        Decisions = [.. decisions];
        for (var i = 0; i < Decisions.Length; i++)
        {
            var decision = Decisions[i] ?? throw new ArgumentNullException(nameof(decisions), $"Decision {i} is null.");
            if (decision.Trial is null || decision.Term is null || decision.Field is null || decision.Phrase is null || decision.Why is null)
            {
                throw new ArgumentNullException(nameof(decisions), $"Decision {i} lacks its trial, term, field, phrase or reason.");
            }

            if (!Registry.ClinicalTrialsGov.IsValidIdentifier(decision.Trial))
            {
                throw new ArgumentException($"Decision {i}: '{decision.Trial}' is not an NCT number: expected {Registry.ClinicalTrialsGov.IdentifierFormat}.", nameof(decisions));
            }

            if (Shape(decision.Term.VocabularyName, decision.Intervention) is { } problem)
            {
                throw new ArgumentException($"Decision {i} ({decision}): {problem}", nameof(decisions));
            }
        }
    }

    /// <summary>Gets the decisions.</summary>
    /// <value>The decisions in the document's order.</value>
    public ImmutableArray<ClinicalTrialsGovCurationDecision> Decisions { get; }

    /// <summary>Reads a curation document.</summary>
    /// <param name="utf8Json">The document, UTF-8 JSON.</param>
    /// <param name="inputName">The input's name for messages, such as its file name.</param>
    /// <returns>The curation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClinicalTrialsGovCurationException">
    /// The document is not a curation document; <see cref="ClinicalTrialsGovCurationException.Problems"/> lists every
    /// problem, each at its JSON path (or line, for JSON that does not parse).
    /// </exception>
    public static ClinicalTrialsGovCuration Read(Stream utf8Json, string inputName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(inputName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException e)
        {
            throw new ClinicalTrialsGovCurationException(
                inputName,
                [$"line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: not JSON ({FirstSentence(e.Message)})"]);
        }

        using (document)
        {
            var problems = new List<string>();
            var decisions = ReadDocument(document.RootElement, problems);
            return problems.Count == 0
                ? new ClinicalTrialsGovCuration(decisions, inputName)
                : throw new ClinicalTrialsGovCurationException(inputName, problems);
        }
    }

    /// <summary>Applies the decisions to the studies an import made.</summary>
    /// <param name="dataset">The imported dataset.</param>
    /// <param name="entries">The import's entries for the curated trials (others are ignored): their records are where each phrase is checked.</param>
    /// <returns>The dataset with every decision's value and evidence in its trial's study, and the decision's reason in the study's notes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ClinicalTrialsGovCurationException">
    /// A decision does not fit the data: its trial has no study or no imported record, its phrase is not in its field,
    /// its intervention does not exist, or it would repeat or replace a value. Every such problem is listed, at its
    /// decision's JSON path, and nothing is applied.
    /// </exception>
    public EvidenceDataset Apply(EvidenceDataset dataset, IEnumerable<ClinicalTrialsGovImportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(entries);
        var records = entries
            .Where(e => e is { Outcome: ClinicalTrialsGovImportOutcome.Imported, Record: not null, RegistrySource: not null })
            .ToLookup(e => e.Record!.NctId, StringComparer.Ordinal);
        // Only the curated studies are rebuilt; the others are returned as they are.
        var curated = new Dictionary<string, StudyBuilder>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < Decisions.Length; i++)
        {
            var decision = Decisions[i];
            var path = $"$.decisions[{i}]";
            var study = dataset.Studies.FirstOrDefault(s => s.RegistryIdentifiers.Contains(RegistryIdentifier.FromNctId(decision.Trial)));
            if (study is null)
            {
                problems.Add($"{path}.trial: no study of the dataset has the registry id {decision.Trial}.");
                continue;
            }

            var source = records[decision.Trial]
                .Where(e => RecordText.Find(e.Record!, decision.Field)?.Contains(decision.Phrase, StringComparison.Ordinal) == true)
                .Select(e => e.RegistrySource!)
                .FirstOrDefault();
            if (source is null)
            {
                problems.Add($"{path}.phrase: no imported record of {decision.Trial} has \"{decision.Phrase}\" in its field {decision.Field}.");
                continue;
            }

            if (!curated.TryGetValue(study.Id, out var builder))
            {
                builder = study.ToBuilder();
                curated.Add(study.Id, builder);
            }

            if (Add(builder, decision) is { } problem)
            {
                problems.Add($"{path}: {problem}");
                continue;
            }

            builder.Evidence.Add(new TermEvidence(decision.Term, decision.Field, decision.Phrase, source.Id));
            var note = $"Curated, {decision.Term.VocabularyName} {decision.Term.Code}: {decision.Why}";
            builder.Notes = builder.Notes is null ? note : $"{builder.Notes} {note}";
        }

        if (problems.Count > 0)
        {
            throw new ClinicalTrialsGovCurationException(_inputName, problems);
        }

        return new EvidenceDataset(dataset.Sources, dataset.Studies.Select(s => curated.TryGetValue(s.Id, out var builder) ? builder.Build() : s));
    }

    /// <summary>Adds the decision's value to the study, or says why it cannot.</summary>
    private static string? Add(StudyBuilder study, ClinicalTrialsGovCurationDecision decision)
    {
        var term = decision.Term;
        if (decision.Intervention is not { } index)
        {
            return term switch
            {
                StudyDesign design => AddOnce(study.Designs, design),
                DiseaseCourse course => AddOnce(study.Courses, course),
                OutcomeMeasure measure => AddOnce(study.OutcomeMeasures, measure),
                ClinicalScale scale => AddOnce(study.ClinicalScales, scale),
                _ => $"{term.VocabularyName} is not a value of a study.",
            };
        }

        if (index >= study.Interventions.Count)
        {
            return $"the study has {study.Interventions.Count} intervention(s), so there is no intervention {index}.";
        }

        var old = study.Interventions[index];
        var (type, tissue, donor, routes) = (old.StemCellType, old.TissueSource, old.DonorOrigin, old.DeliveryRoutes);
        IVocabularyTerm? existing = term switch
        {
            StemCellType t => Set(ref type, t),
            TissueSource t => Set(ref tissue, t),
            DonorOrigin t => Set(ref donor, t),
            DeliveryRoute t when routes.Contains(t) => t,
            DeliveryRoute t => Added(ref routes, t),
            _ => null,
        };
        if (existing is not null)
        {
            return existing.Equals(term)
                ? $"intervention {index} already has {term.VocabularyName} {term.Code}; the decision would repeat it."
                : $"intervention {index} has {term.VocabularyName} {existing.Code} from the record; a decision never replaces a value.";
        }

        study.Interventions[index] = new Intervention(type, tissue, donor, routes, old.ConditioningRegimen, old.Dose, old.NumberOfAdministrations);
        return null;

        static IVocabularyTerm? Set<T>(ref T? slot, T value)
            where T : class, IVocabularyTerm
        {
            if (slot is not null)
            {
                return slot;
            }

            slot = value;
            return null;
        }

        static IVocabularyTerm? Added(ref ImmutableArray<DeliveryRoute> routes, DeliveryRoute route)
        {
            routes = routes.Add(route);
            return null;
        }
    }

    private static string? AddOnce<T>(IList<T> values, T value)
        where T : IVocabularyTerm
    {
        if (values.Contains(value))
        {
            return $"the study already has {value.VocabularyName} {value.Code}; the decision would repeat it.";
        }

        values.Add(value);
        return null;
    }

    /// <summary>Whether a vocabulary and an intervention index make a decision, or why not.</summary>
    private static string? Shape(string vocabulary, int? intervention) =>
        InterventionVocabularies.Contains(vocabulary)
            ? intervention is null ? $"a {vocabulary} is a value of an intervention, so the decision needs \"intervention\"."
            : intervention < 0 ? "\"intervention\" must be an index, 0 or more." : null
            : StudyVocabularies.Contains(vocabulary)
                ? intervention is null ? null : $"a {vocabulary} is a value of the study, so the decision has no \"intervention\"."
                : $"a decision sets one of {string.Join(", ", InterventionVocabularies.Concat(StudyVocabularies))}, not a {vocabulary}.";

    private static List<ClinicalTrialsGovCurationDecision> ReadDocument(JsonElement root, List<string> problems)
    {
        var decisions = new List<ClinicalTrialsGovCurationDecision>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"$: expected an object with \"formatVersion\" and \"decisions\", found {Kind(root)}.");
            return decisions;
        }

        Duplicates(root, "$", problems);
        foreach (var property in root.EnumerateObject().Where(p => p.Name is not ("formatVersion" or "decisions")))
        {
            problems.Add($"$.{property.Name}: unknown property; a curation document has only \"formatVersion\" and \"decisions\".");
        }

        if (!root.TryGetProperty("formatVersion", out var version))
        {
            problems.Add("$.formatVersion: missing; expected \"1.0\".");
        }
        else if (version.ValueKind != JsonValueKind.String || version.GetString() != FormatVersion)
        {
            problems.Add($"$.formatVersion: expected \"{FormatVersion}\", found {Kind(version)}.");
        }

        if (!root.TryGetProperty("decisions", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"$.decisions: expected an array of decisions, found {(list.ValueKind == JsonValueKind.Undefined ? "nothing" : Kind(list))}.");
            return decisions;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (ReadDecision(item, $"$.decisions[{index++}]", problems) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }

    private static ClinicalTrialsGovCurationDecision? ReadDecision(JsonElement item, string path, List<string> problems)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected a decision object, found {Kind(item)}.");
            return null;
        }

        var count = problems.Count;
        Duplicates(item, path, problems);
        foreach (var property in item.EnumerateObject().Where(p => !DecisionProperties.Contains(p.Name)))
        {
            problems.Add($"{path}.{property.Name}: unknown property; a decision has {string.Join(", ", DecisionProperties.Select(p => $"\"{p}\""))}.");
        }

        var trial = Text(item, path, "trial", problems);
        if (trial is not null && !Registry.ClinicalTrialsGov.IsValidIdentifier(trial))
        {
            problems.Add($"{path}.trial: '{trial}' is not an NCT number: expected {Registry.ClinicalTrialsGov.IdentifierFormat}.");
        }

        VocabularyDescriptor? vocabulary = null;
        if (Text(item, path, "vocabulary", problems) is { } name
            && !(Vocabularies.TryFind(name, out vocabulary) && vocabulary.Name == name))
        {
            problems.Add($"{path}.vocabulary: '{name}' is not a vocabulary name; expected one of {string.Join(", ", InterventionVocabularies.Concat(StudyVocabularies))}.");
            vocabulary = null;
        }

        IVocabularyTerm? term = null;
        // Strict: the code itself, as the vocabulary writes it; a synonym or another case is the reader's guess, not the reviewer's.
        if (Text(item, path, "code", problems) is { } code && vocabulary is not null
            && !(vocabulary.TryFind(code, out term) && term.Code == code))
        {
            problems.Add($"{path}.code: '{code}' is not a code of {vocabulary.Name}; expected one of {string.Join(", ", vocabulary.Terms.Select(t => t.Code))}.");
        }

        int? intervention = null;
        if (item.TryGetProperty("intervention", out var number))
        {
            if (number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out var value))
            {
                intervention = value;
            }
            else
            {
                problems.Add($"{path}.intervention: expected an intervention's index, a whole number, found {Kind(number)}.");
            }
        }

        if (vocabulary is not null && Shape(vocabulary.Name, intervention) is { } shape)
        {
            problems.Add($"{path}: {shape}");
        }

        var field = Text(item, path, "field", problems);
        var phrase = Text(item, path, "phrase", problems);
        var why = Text(item, path, "why", problems);
        return problems.Count == count
            ? new ClinicalTrialsGovCurationDecision(trial!, term!, intervention, field!, phrase!, why!)
            : null;
    }

    /// <summary>Records each property an object gives twice: JSON readers disagree on which one counts.</summary>
    private static void Duplicates(JsonElement item, string path, List<string> problems)
    {
        foreach (var name in item.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"{path}.{name}: given twice; a property is given once.");
        }
    }

    /// <summary>Reads a required text property that is neither blank nor padded, or records why not.</summary>
    private static string? Text(JsonElement item, string path, string name, List<string> problems)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            problems.Add($"{path}.{name}: missing; expected text.");
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        if (text is null || text.Length == 0 || text.Trim().Length != text.Length)
        {
            problems.Add($"{path}.{name}: expected text that is neither empty nor padded, found {Kind(value)}.");
            return null;
        }

        return text;
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.').ToString(CultureInfo.InvariantCulture);
    }
}
