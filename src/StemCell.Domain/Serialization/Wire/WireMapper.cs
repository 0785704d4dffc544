using System.Collections.Immutable;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization.Wire;

/// <summary>
/// Turns the wire shapes System.Text.Json read into the validated model, and back. Reading never stops at the
/// first problem: every object is built through the model's own constructors, a constructor's objection is
/// recorded under the object's JSON path and the property its parameter names, and the siblings go on being
/// read, so a caller sees every problem of a document at once. An object whose part failed is still built from
/// the parts that succeeded, so its own problems are reported too; only a fully mapped dataset is returned, and
/// only then does the model's cross-object validation run (a failed source would otherwise show up again as an
/// unknown source id).
/// </summary>
internal sealed class WireMapper
{
    private readonly ProblemCollector _problems = new();

    internal ImmutableArray<ValidationProblem> Problems => _problems.ToImmutable();

    internal bool HasProblems => !_problems.IsEmpty;

    /// <summary>Maps a whole document; on any problem the result is null and <see cref="Problems"/> says why.</summary>
    internal EvidenceDataset? ToDataset(DatasetWire wire, string path)
    {
        var sources = MapAll(wire.Sources, ProblemCollector.Combine(path, "sources"), ToSource);
        var studies = MapAll(wire.Studies, ProblemCollector.Combine(path, "studies"), ToStudy);
        var dataset = Build(path, () => new EvidenceDataset(sources, studies));
        if (dataset is null || HasProblems)
        {
            return null;
        }

        _problems.AddRange(path, dataset.Validate().Problems);
        return HasProblems ? null : dataset;
    }

    internal Source? ToSource(SourceWire wire, string path)
    {
        var locator = wire.Locator is null ? null : ToLocator(wire.Locator, ProblemCollector.Combine(path, "locator"));
        var claims = MapAll(wire.Claims, ProblemCollector.Combine(path, "claims"), ToClaim);
        return Build(path, () => new Source(
            wire.Id, wire.Title, wire.EvidenceKind, wire.Publisher, wire.Authors, wire.PublicationDate, locator, claims, wire.Notes));
    }

    internal Study? ToStudy(StudyWire wire, string path)
    {
        var institutions = MapAll(wire.Institutions, ProblemCollector.Combine(path, "institutions"), ToInstitution);
        var registryIdentifiers = MapAll(wire.RegistryIdentifiers, ProblemCollector.Combine(path, "registryIdentifiers"), ToRegistryIdentifier);
        var interventions = MapAll(wire.Interventions, ProblemCollector.Combine(path, "interventions"), ToIntervention);
        var findings = MapAll(wire.Findings, ProblemCollector.Combine(path, "findings"), ToFinding);
        var mechanisms = MapAll(wire.Mechanisms, ProblemCollector.Combine(path, "mechanisms"), ToMechanism);
        var safety = wire.Safety is null ? null : ToSafety(wire.Safety, ProblemCollector.Combine(path, "safety"));
        return Build(path, () => new Study(
            wire.Id,
            wire.Title,
            wire.Disease,
            institutions,
            wire.Courses,
            wire.Phase,
            wire.Status,
            wire.Designs,
            wire.Enrollment,
            wire.ReportedIn,
            wire.StartDate,
            wire.CompletionDate,
            registryIdentifiers,
            interventions,
            findings,
            mechanisms,
            safety,
            wire.SourceIds,
            wire.Notes));
    }

    internal static DatasetWire FromDataset(EvidenceDataset dataset, string formatVersion) => new()
    {
        FormatVersion = formatVersion,
        Sources = [.. dataset.Sources.Select(FromSource)],
        Studies = [.. dataset.Studies.Select(FromStudy)],
    };

    internal static SourceWire FromSource(Source source) => new()
    {
        Id = source.Id,
        Title = source.Title,
        EvidenceKind = source.EvidenceKind,
        Publisher = source.Publisher,
        Authors = NullIfEmpty(source.Authors),
        PublicationDate = source.PublicationDate,
        Locator = source.Locator is { } locator
            ? new LocatorWire { Kind = locator.Kind == SourceLocatorKind.Doi ? LocatorKindWire.Doi : LocatorKindWire.Url, Value = locator.Value }
            : null,
        Claims = NullIfEmpty(source.Claims, claim => new ClaimWire { Vocabulary = claim.Term.VocabularyName, Code = claim.Term.Code, Quote = claim.Quote }),
        Notes = source.Notes,
    };

    internal static StudyWire FromStudy(Study study) => new()
    {
        Id = study.Id,
        Title = study.Title,
        Institutions = NullIfEmpty(study.Institutions, i => new InstitutionWire { Name = i.Name, Country = i.Country }),
        Disease = study.Disease,
        Courses = NullIfEmpty(study.Courses),
        Phase = study.Phase,
        Status = study.Status,
        Designs = NullIfEmpty(study.Designs),
        Enrollment = study.Enrollment,
        ReportedIn = study.ReportedIn,
        StartDate = study.StartDate,
        CompletionDate = study.CompletionDate,
        RegistryIdentifiers = NullIfEmpty(study.RegistryIdentifiers, r => new RegistryIdentifierWire { Registry = r.Registry, Value = r.Value }),
        Interventions = NullIfEmpty(study.Interventions, FromIntervention),
        Findings = NullIfEmpty(study.Findings, FromFinding),
        Mechanisms = NullIfEmpty(study.Mechanisms, m => new ProposedMechanismWire { Mechanism = m.Mechanism, Quote = m.Quote }),
        Safety = study.Safety is { } safety
            ? new SafetyWire
            {
                SourceIds = NullIfEmpty(safety.SourceIds),
                Tolerability = safety.Tolerability,
                AdverseEvents = NullIfEmpty(safety.AdverseEvents),
                Risks = NullIfEmpty(safety.Risks),
                Quote = safety.Quote,
            }
            : null,
        SourceIds = NullIfEmpty(study.SourceIds),
        Notes = study.Notes,
    };

    private static InterventionWire FromIntervention(Intervention intervention) => new()
    {
        StemCellType = intervention.StemCellType,
        TissueSource = intervention.TissueSource,
        DonorOrigin = intervention.DonorOrigin,
        DeliveryRoute = intervention.DeliveryRoute,
        ConditioningRegimen = intervention.ConditioningRegimen,
        Dose = intervention.Dose is { } dose ? new DoseWire { Amount = dose.Amount, Unit = dose.Unit } : null,
        NumberOfAdministrations = intervention.NumberOfAdministrations,
    };

    private static FindingWire FromFinding(Finding finding) => new()
    {
        OutcomeMeasure = finding.OutcomeMeasure,
        Direction = finding.Direction,
        Population = finding.Population.IsAllParticipants
            ? new PopulationWire { Kind = PopulationKindWire.AllParticipants }
            : new PopulationWire { Kind = PopulationKindWire.Subgroup, Description = finding.Population.Description },
        Quote = finding.Quote,
        SourceIds = NullIfEmpty(finding.SourceIds),
        Result = finding.Result switch
        {
            null => null,
            Proportion p => new ProportionWire { Value = p.Value, Numerator = p.Numerator, Denominator = p.Denominator },
            ScaleScore s => new ScaleScoreWire { Scale = s.Scale, Score = s.Score },
            ScaleChange c => new ScaleChangeWire { Scale = c.Scale, Change = c.Change },
            HazardRatio h => new HazardRatioWire
            {
                Estimate = h.Estimate,
                ConfidenceInterval = h.ConfidenceInterval is { } ci
                    ? new ConfidenceIntervalWire { Lower = ci.Lower, Upper = ci.Upper, Level = ci.Level }
                    : null,
            },
            _ => throw new InvalidOperationException($"No wire shape for the result kind {finding.Result.GetType().Name}."),
        },
        TimeFrame = finding.TimeFrame,
    };

    private static T[]? NullIfEmpty<T>(ImmutableArray<T> items) => items.IsDefaultOrEmpty ? null : [.. items];

    private static TWire[]? NullIfEmpty<T, TWire>(ImmutableArray<T> items, Func<T, TWire> map) =>
        items.IsDefaultOrEmpty ? null : [.. items.Select(map)];

    private SourceLocator? ToLocator(LocatorWire wire, string path) =>
        Build(ProblemCollector.Combine(path, "value"), () => wire.Kind == LocatorKindWire.Doi ? SourceLocator.FromDoi(wire.Value) : SourceLocator.FromUrl(wire.Value), useParameterName: false);

    private Claim? ToClaim(ClaimWire wire, string path)
    {
        if (!Vocabularies.TryFind(wire.Vocabulary, out var vocabulary))
        {
            _problems.Add(
                ProblemCollector.Combine(path, "vocabulary"),
                $"'{wire.Vocabulary}' is not a vocabulary. Expected one of: {string.Join(", ", Vocabularies.All.Select(v => v.Name))}.");
            return null;
        }

        if (!vocabulary.TryFind(wire.Code, out var term))
        {
            _problems.Add(ProblemCollector.Combine(path, "code"), $"'{wire.Code}' is not a {vocabulary.Name} code.");
            return null;
        }

        return Build(path, () => new Claim(term, wire.Quote));
    }

    private Institution? ToInstitution(InstitutionWire wire, string path) => Build(path, () => new Institution(wire.Name, wire.Country));

    private RegistryIdentifier? ToRegistryIdentifier(RegistryIdentifierWire wire, string path) =>
        Build(path, () => new RegistryIdentifier(wire.Registry, wire.Value));

    private Intervention? ToIntervention(InterventionWire wire, string path)
    {
        var dose = wire.Dose is null ? null : Build(ProblemCollector.Combine(path, "dose"), () => new Dose(wire.Dose.Amount, wire.Dose.Unit));
        return Build(path, () => new Intervention(
            wire.StemCellType, wire.TissueSource, wire.DonorOrigin, wire.DeliveryRoute, wire.ConditioningRegimen, dose, wire.NumberOfAdministrations));
    }

    private Finding? ToFinding(FindingWire wire, string path)
    {
        // A population that failed stands in as all participants, so the finding's own values are still checked.
        var population = ToPopulation(wire.Population, ProblemCollector.Combine(path, "population")) ?? Population.AllParticipants;
        var result = wire.Result is null ? null : ToResult(wire.Result, ProblemCollector.Combine(path, "result"));
        return Build(path, () => new Finding(wire.OutcomeMeasure, wire.Direction, population, wire.Quote, wire.SourceIds, result, wire.TimeFrame));
    }

    private Population? ToPopulation(PopulationWire wire, string path)
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

        return Build(ProblemCollector.Combine(path, "description"), () => Population.Subgroup(wire.Description), useParameterName: false);
    }

    private QuantitativeResult? ToResult(ResultWire wire, string path)
    {
        switch (wire)
        {
            case ProportionWire p:
                return Build(path, () => new Proportion(p.Value, p.Numerator, p.Denominator));
            case ScaleScoreWire s:
                return Build(path, () => new ScaleScore(s.Scale, s.Score));
            case ScaleChangeWire c:
                return Build(path, () => new ScaleChange(c.Scale, c.Change));
            case HazardRatioWire h:
                var interval = h.ConfidenceInterval is { } ci
                    ? Build(ProblemCollector.Combine(path, "confidenceInterval"), () => new ConfidenceInterval(ci.Lower, ci.Upper, ci.Level))
                    : null;
                return Build(path, () => new HazardRatio(h.Estimate, interval));
            default:
                throw new InvalidOperationException($"No model type for the wire result {wire.GetType().Name}.");
        }
    }

    private ProposedMechanism? ToMechanism(ProposedMechanismWire wire, string path) => Build(path, () => new ProposedMechanism(wire.Mechanism, wire.Quote));

    private SafetyProfile? ToSafety(SafetyWire wire, string path) =>
        Build(path, () => new SafetyProfile(wire.SourceIds, wire.Tolerability, wire.AdverseEvents, wire.Risks, wire.Quote));

    /// <summary>Maps every element of a list; the elements that failed are recorded as problems and left out.</summary>
    private ImmutableArray<T> MapAll<TWire, T>(TWire[]? wires, string path, Func<TWire, string, T?> map)
        where T : class
    {
        if (wires is null)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<T>(wires.Length);
        for (var i = 0; i < wires.Length; i++)
        {
            var elementPath = ProblemCollector.Element(path, i);
            if (wires[i] is null)
            {
                _problems.Add(elementPath, "Expected an object, but found null.");
            }
            else if (map(wires[i], elementPath) is { } item)
            {
                builder.Add(item);
            }
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    /// <summary>
    /// Builds a model object, turning a constructor's objection into a problem under the object's path and the
    /// parameter it names; parameters are named as the JSON properties are.
    /// </summary>
    private T? Build<T>(string path, Func<T> create, bool useParameterName = true)
        where T : class
    {
        try
        {
            return create();
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
        // ArgumentException appends " (Parameter 'name')" to its message; the path already says where.
        var message = e.Message;
        var suffix = e.ParamName is null ? null : $" (Parameter '{e.ParamName}')";
        var index = suffix is null ? -1 : message.IndexOf(suffix, StringComparison.Ordinal);
        return index < 0 ? message : message.Remove(index, suffix!.Length);
    }
}
