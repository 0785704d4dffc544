using System.Collections.Immutable;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization.Wire;

/// <summary>
/// Turns the wire shapes System.Text.Json read into the validated model, and back. Reading never stops at the
/// first problem: every object is built through the model's own constructors, a constructor's objection is
/// recorded under the object's JSON path and the property its parameter names, and the siblings go on being
/// read, so a caller sees every problem of a document at once. An object whose part failed is still built from
/// the parts that succeeded, so its own problems are reported too; only a fully mapped dataset is returned. The
/// model's validation runs either way, over the studies that were built and against the source ids the document
/// holds (a failed source would otherwise show up again as an unknown source id).
/// </summary>
internal sealed class WireMapper
{
    private readonly ProblemCollector _problems = new();

    // The element mappers as delegates made once per mapper, not once per list mapped.
    private readonly Func<ClaimWire, string, Claim?> _toClaim;
    private readonly Func<InstitutionWire, string, Institution?> _toInstitution;
    private readonly Func<RegistryIdentifierWire, string, RegistryIdentifier?> _toRegistryIdentifier;
    private readonly Func<InterventionWire, string, Intervention?> _toIntervention;
    private readonly Func<FindingWire, string, Finding?> _toFinding;
    private readonly Func<ProposedMechanismWire, string, ProposedMechanism?> _toMechanism;
    private readonly Func<EvidenceWire, string, TermEvidence?> _toEvidence;

    internal WireMapper()
    {
        _toClaim = ToClaim;
        _toInstitution = ToInstitution;
        _toRegistryIdentifier = ToRegistryIdentifier;
        _toIntervention = ToIntervention;
        _toFinding = ToFinding;
        _toMechanism = ToMechanism;
        _toEvidence = ToEvidence;
    }

    internal ImmutableArray<ValidationProblem> Problems => _problems.ToImmutable();

    internal bool HasProblems => !_problems.IsEmpty;

    /// <summary>Maps a whole document; on any problem the result is null and <see cref="Problems"/> says why.</summary>
    internal EvidenceDataset? ToDataset(DatasetWire wire, string path)
    {
        var sources = MapAll(wire.Sources, ProblemCollector.Combine(path, "sources"), ToSource);
        var studyIndexes = new List<int>();
        var studies = MapAll(wire.Studies, ProblemCollector.Combine(path, "studies"), ToStudy, studyIndexes);
        var dataset = Build(path, (sources, studies), static s => new EvidenceDataset(s.sources, s.studies));
        if (dataset is null)
        {
            return null;
        }

        if (!HasProblems)
        {
            _problems.AddRange(path, dataset.Validate().Problems);
            return HasProblems ? null : dataset;
        }

        // Some parts failed, so the dataset misses them and its indexes are not the document's: validate each study
        // that was built at its own index, against every source id the document holds (a study citing a source that
        // failed is not citing an unknown one). Duplicate ids wait for a document whose parts all map.
        var documentSourceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in wire.Sources ?? [])
        {
            if (source?.Id is { } id)
            {
                documentSourceIds.Add(id);
            }
        }

        using var studiesScope = _problems.At(ProblemCollector.Combine(path, "studies"));
        for (var i = 0; i < studies.Length; i++)
        {
            using var element = _problems.AtElement(studyIndexes[i]);
            studies[i].Validate(_problems, documentSourceIds);
        }

        return null;
    }

    /// <summary>
    /// Moves the problems' paths into <paramref name="path"/> until the scope is disposed, so a caller that maps a
    /// part of a document (a streamed study) can pass an empty path to the mapping methods, which then build no path
    /// unless a problem needs one.
    /// </summary>
    internal ProblemCollector.Scope At(string path) => _problems.At(path);

    /// <summary>Adds a study's own problems (not which sources exist) where the mapper's problems are.</summary>
    internal void Validate(Study study) => study.Validate(_problems, knownSourceIds: null);

    internal Source? ToSource(SourceWire wire, string path)
    {
        var locator = wire.Locator is null ? null : ToLocator(wire.Locator, ProblemCollector.Combine(path, "locator"));
        var claims = MapAll(wire.Claims, ProblemCollector.Combine(path, "claims"), _toClaim);
        return Build(path, (wire, locator, claims), static s => new Source(
            s.wire.Id, s.wire.Title, s.wire.EvidenceKind, s.wire.Publisher, s.wire.Authors, s.wire.PublicationDate, s.locator, s.claims, s.wire.Notes));
    }

    internal Study? ToStudy(StudyWire wire, string path)
    {
        var institutions = MapAll(wire.Institutions, ProblemCollector.Combine(path, "institutions"), _toInstitution);
        var registryIdentifiers = MapAll(wire.RegistryIdentifiers, ProblemCollector.Combine(path, "registryIdentifiers"), _toRegistryIdentifier);
        var interventions = MapAll(wire.Interventions, ProblemCollector.Combine(path, "interventions"), _toIntervention);
        var findings = MapAll(wire.Findings, ProblemCollector.Combine(path, "findings"), _toFinding);
        var mechanisms = MapAll(wire.Mechanisms, ProblemCollector.Combine(path, "mechanisms"), _toMechanism);
        var safety = wire.Safety is null ? null : ToSafety(wire.Safety, ProblemCollector.Combine(path, "safety"));
        var evidence = MapAll(wire.Evidence, ProblemCollector.Combine(path, "evidence"), _toEvidence);
        return Build(path, (wire, institutions, registryIdentifiers, interventions, findings, mechanisms, safety, evidence), static s => new Study(
            s.wire.Id,
            s.wire.Title,
            s.wire.Disease,
            s.institutions,
            s.wire.Courses,
            s.wire.Phase,
            s.wire.Status,
            s.wire.Designs,
            s.wire.Enrollment,
            s.wire.EnrollmentActuality,
            s.wire.ReportedIn,
            s.wire.StartDate,
            s.wire.StartDateActuality,
            s.wire.CompletionDate,
            s.wire.CompletionDateActuality,
            s.registryIdentifiers,
            s.interventions,
            s.wire.OutcomeMeasures,
            s.wire.ClinicalScales,
            s.findings,
            s.mechanisms,
            s.safety,
            s.evidence,
            s.wire.SourceIds,
            s.wire.Notes));
    }

    internal SourceLocator? ToLocator(LocatorWire wire, string path) =>
        Build(ProblemCollector.Combine(path, "value"), wire, static w => w.Kind == LocatorKindWire.Doi ? SourceLocator.FromDoi(w.Value) : SourceLocator.FromUrl(w.Value), useParameterName: false);

    internal Claim? ToClaim(ClaimWire wire, string path) =>
        FindTerm(wire.Vocabulary, wire.Code, path) is { } term ? Build(path, (term, wire.Quote), static s => new Claim(s.term, s.Quote)) : null;

    internal TermEvidence? ToEvidence(EvidenceWire wire, string path) =>
        FindTerm(wire.Vocabulary, wire.Code, path) is { } term
            ? Build(path, (term, wire), static s => new TermEvidence(s.term, s.wire.Field, s.wire.Quote, s.wire.SourceId))
            : null;

    internal Institution? ToInstitution(InstitutionWire wire, string path) => Build(path, wire, static w => new Institution(w.Name, w.Country));

    internal RegistryIdentifier? ToRegistryIdentifier(RegistryIdentifierWire wire, string path) =>
        Build(path, wire, static w => new RegistryIdentifier(w.Registry, w.Value));

    internal Intervention? ToIntervention(InterventionWire wire, string path)
    {
        var dose = wire.Dose is null ? null : ToDose(wire.Dose, ProblemCollector.Combine(path, "dose"));

        // Format 1.0 wrote one route as "deliveryRoute"; it reads as a list of one. Both at once would say the routes twice.
        IEnumerable<DeliveryRoute>? routes = wire.DeliveryRoutes;
        if (wire.DeliveryRoute is { } singleRoute)
        {
            if (wire.DeliveryRoutes is not null)
            {
                _problems.Add(
                    ProblemCollector.Combine(path, "deliveryRoute"),
                    "An intervention gives both 'deliveryRoute' (format 1.0) and 'deliveryRoutes'; give its routes once, as 'deliveryRoutes'.");
                return null;
            }

            routes = [singleRoute];
        }

        return Build(path, (wire, routes, dose), static s => new Intervention(
            s.wire.StemCellType, s.wire.TissueSource, s.wire.DonorOrigin, s.routes, s.wire.ConditioningRegimen, s.dose, s.wire.NumberOfAdministrations));
    }

    internal Finding? ToFinding(FindingWire wire, string path)
    {
        // A population that failed stands in as all participants, so the finding's own values are still checked.
        var population = ToPopulation(wire.Population, ProblemCollector.Combine(path, "population")) ?? Population.AllParticipants;
        var result = wire.Result is null ? null : ToResult(wire.Result, ProblemCollector.Combine(path, "result"));
        return Build(path, (wire, population, result), static s => new Finding(s.wire.OutcomeMeasure, s.wire.Direction, s.population, s.wire.Quote, s.wire.SourceIds, s.result, s.wire.TimeFrame));
    }

    internal Population? ToPopulation(PopulationWire wire, string path)
    {
        if (wire.Kind == PopulationKindWire.AllParticipants)
        {
            if (wire.Description is not null)
            {
                _problems.Add(ProblemCollector.Combine(path, "description"), "A population of all participants has no description; use the kind 'subgroup'.");
                return null;
            }

            return Population.AllParticipants;
        }

        if (wire.Description is null)
        {
            _problems.Add(ProblemCollector.Combine(path, "description"), "A subgroup needs a description in the source's words.");
            return null;
        }

        return Build(ProblemCollector.Combine(path, "description"), wire.Description, static d => Population.Subgroup(d), useParameterName: false);
    }

    internal QuantitativeResult? ToResult(ResultWire wire, string path)
    {
        switch (wire)
        {
            case ProportionWire p:
                return Build(path, p, static p => new Proportion(p.Value, p.Numerator, p.Denominator));
            case ScaleScoreWire s:
                return Build(path, s, static s => new ScaleScore(s.Scale, s.Score));
            case ScaleChangeWire c:
                return Build(path, c, static c => new ScaleChange(c.Scale, c.Change));
            case HazardRatioWire h:
                var interval = h.ConfidenceInterval is { } ci ? ToConfidenceInterval(ci, ProblemCollector.Combine(path, "confidenceInterval")) : null;
                return Build(path, (h.Estimate, interval), static s => new HazardRatio(s.Estimate, s.interval));
            default:
                throw new InvalidOperationException($"No model type for the wire result {wire.GetType().Name}.");
        }
    }

    internal Dose? ToDose(DoseWire wire, string path) => Build(path, wire, static w => new Dose(w.Amount, w.Unit));

    internal ConfidenceInterval? ToConfidenceInterval(ConfidenceIntervalWire wire, string path) =>
        Build(path, wire, static w => new ConfidenceInterval(w.Lower, w.Upper, w.Level));

    internal ProposedMechanism? ToMechanism(ProposedMechanismWire wire, string path) => Build(path, wire, static w => new ProposedMechanism(w.Mechanism, w.Quote));

    internal SafetyProfile? ToSafety(SafetyWire wire, string path) =>
        Build(path, wire, static w => new SafetyProfile(w.SourceIds, w.Tolerability, w.AdverseEvents, w.Risks, w.Quote));

    /// <summary>Finds the term a <c>vocabulary</c> and <c>code</c> pair names, or records why there is none.</summary>
    private IVocabularyTerm? FindTerm(string vocabularyName, string code, string path)
    {
        if (!Vocabularies.TryFind(vocabularyName, out var vocabulary))
        {
            _problems.Add(
                ProblemCollector.Combine(path, "vocabulary"),
                $"'{vocabularyName}' is not a vocabulary. Expected one of: {string.Join(", ", Vocabularies.All.Select(v => v.Name))}.");
            return null;
        }

        if (!vocabulary.TryFind(code, out var term))
        {
            _problems.Add(ProblemCollector.Combine(path, "code"), $"'{code}' is not a {vocabulary.Name} code.");
            return null;
        }

        return term;
    }

    /// <summary>
    /// Maps every element of a list; the elements that failed are recorded as problems and left out, and the indexes
    /// of those that were mapped are added to <paramref name="mappedIndexes"/> when it is given.
    /// </summary>
    private ImmutableArray<T> MapAll<TWire, T>(List<TWire>? wires, string path, Func<TWire, string, T?> map, List<int>? mappedIndexes = null)
        where T : class
    {
        if (wires is null)
        {
            return [];
        }

        // The elements are mapped at their place in the collector, with an empty path of their own: a path is
        // written out only for a problem.
        using var list = _problems.At(path);
        var builder = ImmutableArray.CreateBuilder<T>(wires.Count);
        for (var i = 0; i < wires.Count; i++)
        {
            using var element = _problems.AtElement(i);
            if (wires[i] is null)
            {
                _problems.Add(string.Empty, "Expected an object, but found null.");
            }
            else if (map(wires[i], string.Empty) is { } item)
            {
                builder.Add(item);
                mappedIndexes?.Add(i);
            }
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    /// <summary>
    /// Builds a model object, turning a constructor's objection into a problem under the object's path and the
    /// parameter it names; parameters are named as the JSON properties are.
    /// </summary>
    private T? Build<TState, T>(string path, TState state, Func<TState, T> create, bool useParameterName = true)
        where T : class
    {
        try
        {
            return create(state);
        }
        catch (ArgumentException e)
        {
            var problemPath = useParameterName && e.ParamName is { Length: > 0 } parameter ? ProblemCollector.Combine(path, parameter) : path;
            _problems.Add(problemPath, MessageWithoutParameter(e));
            return null;
        }
    }

    private static string MessageWithoutParameter(ArgumentException e)
    {
        // ArgumentException appends " (Parameter 'name')" to its message, and ArgumentOutOfRangeException a line
        // "Actual value was …", formatted in the current culture; the path already says where, and the model's
        // messages state the value themselves.
        var message = e.Message;
        if (e is ArgumentOutOfRangeException { ActualValue: not null }
            && message.LastIndexOf(Environment.NewLine, StringComparison.Ordinal) is > 0 and var actualValueLine)
        {
            message = message[..actualValueLine];
        }

        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        var index = suffix is null ? -1 : message.IndexOf(suffix, StringComparison.Ordinal);
        return index < 0 ? message : message.Remove(index, suffix!.Length);
    }
}
