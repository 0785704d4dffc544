using System.Collections.Immutable;
using System.CommandLine;
using StemCell.Domain;
using StemCell.Domain.Model;
using StemCell.Domain.Querying;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Commands;

/// <summary>The <c>studies</c> query and the <c>study</c> detail view.</summary>
internal static class StudyCommands
{
    private const int MaxIdsListed = 10;

    internal static Command CreateStudies(ExplorerContext context)
    {
        var disease = TermOption.Create<Disease>("--disease", "Only studies of this disease.");
        var course = TermOption.Create<DiseaseCourse>(
            "--course", "Only studies of participants with this course of their disease (progressive-ms includes its secondary and primary kinds).");
        var cellType = TermOption.Create<StemCellType>("--cell-type", "Only studies that gave this type of stem cell.");
        var tissue = TermOption.Create<TissueSource>("--tissue", "Only studies that gave cells from this tissue.");
        var route = TermOption.Create<DeliveryRoute>("--route", "Only studies that delivered the cells by this route.");
        var phase = TermOption.Create<TrialPhase>("--phase", "Only studies of exactly this trial phase.");
        var minimumPhase = TermOption.Create<TrialPhase>(
            "--min-phase",
            "Only studies of this trial phase or a later one.",
            p => p.IsPhased ? null : $"'{p.Code}' is not a phase, so it cannot be a minimum; --phase {p.Code} finds the studies stated to have no phase.");
        var donor = TermOption.Create<DonorOrigin>("--donor", "Only studies that gave cells of this donor origin (autologous, allogeneic).");
        var status = TermOption.Create<StudyStatus>("--status", "Only studies with this status (recruiting, completed, …).");
        var minimumEnrollment = new Option<int?>("--min-enrollment")
        {
            Description = "Only studies that enrolled, or plan to enroll, at least this many participants.",
            HelpName = "count",
        };
        var startedFrom = new Option<int?>("--started-from") { Description = "Only studies that started in or after this year.", HelpName = "year" };
        var startedTo = new Option<int?>("--started-to") { Description = "Only studies that started in or before this year.", HelpName = "year" };
        var registry = TermOption.Create<Registry>("--registry", "Only studies with an identifier in this registry.");
        var registryId = new Option<string?>("--registry-id")
        {
            Description = "Only the study with this registry identifier, such as NCT03280056.",
            HelpName = "id",
        };
        var format = new Option<string>("--format")
        {
            Description = "table for a person; json (an array of studies as the dataset document writes them) or csv (RFC 4180) for a program.",
            DefaultValueFactory = _ => StudyFormats.Table,
        };
        format.AcceptOnlyFromAmong(StudyFormats.All);

        var command = new Command(
            "studies",
            "List the studies of the sample dataset, optionally only those that match every option given. "
            + "A study whose sources do not state a value (no phase, no route) does not match an option on it.")
        {
            disease,
            course,
            cellType,
            tissue,
            route,
            phase,
            minimumPhase,
            donor,
            status,
            minimumEnrollment,
            startedFrom,
            startedTo,
            registry,
            registryId,
            format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(minimumEnrollment) is < 0)
            {
                result.AddError("--min-enrollment must be zero or more.");
            }

            foreach (var year in new[] { result.GetValue(startedFrom), result.GetValue(startedTo) })
            {
                if (year is < PartialDate.MinimumYear or > PartialDate.MaximumYear)
                {
                    result.AddError($"A year is from {PartialDate.MinimumYear} to {PartialDate.MaximumYear}; {year} is not.");
                }
            }
        });
        command.SetAction(parseResult =>
        {
            var query = context.Index.Studies;
            query = parseResult.GetValue(disease) is { } d ? query.WithDisease(d) : query;
            query = parseResult.GetValue(course) is { } c ? query.WithCourse(c) : query;
            query = parseResult.GetValue(cellType) is { } t ? query.WithCellType(t) : query;
            query = parseResult.GetValue(tissue) is { } ts ? query.WithTissueSource(ts) : query;
            query = parseResult.GetValue(route) is { } r ? query.WithRoute(r) : query;
            query = parseResult.GetValue(phase) is { } p ? query.WithPhase(p) : query;
            query = parseResult.GetValue(minimumPhase) is { } m ? query.WithMinimumPhase(m) : query;
            query = parseResult.GetValue(donor) is { } o ? query.WithDonorOrigin(o) : query;
            query = parseResult.GetValue(status) is { } st ? query.WithStatus(st) : query;
            query = parseResult.GetValue(minimumEnrollment) is { } n ? query.WithMinimumEnrollment(n) : query;
            query = parseResult.GetValue(startedFrom) is { } from ? query.WithMinimumStartYear(from) : query;
            query = parseResult.GetValue(startedTo) is { } to ? query.WithMaximumStartYear(to) : query;
            query = parseResult.GetValue(registry) is { } rg ? query.WithRegistry(rg) : query;
            query = parseResult.GetValue(registryId) is { } id ? query.WithRegistryIdentifier(id) : query;
            switch (parseResult.GetValue(format))
            {
                case StudyFormats.Json:
                    StudyFormats.WriteJson(context.Output, query.Execute());
                    break;
                case StudyFormats.Csv:
                    StudyFormats.WriteCsv(context.Output, query.Execute());
                    break;
                default:
                    ShowStudies(context, query);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static Command CreateStudy(ExplorerContext context)
    {
        var id = new Argument<string>("id") { Description = "The study's id, as the studies command lists it.", HelpName = "id" };
        id.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!context.Index.TryGetStudy(value, out _))
            {
                result.AddError($"The sample dataset has no study with the id '{value}'. {Known(context.Dataset.Studies, value)}");
            }
        });
        id.CompletionSources.Add(_ => context.Dataset.Studies.Select(s => new System.CommandLine.Completions.CompletionItem(s.Id)));

        var command = new Command("study", "Show everything the sample dataset records about one study, and the open challenges for its cells and route.")
        {
            id,
        };
        command.SetAction(parseResult =>
        {
            ShowStudy(context, context.Index.GetStudy(parseResult.GetRequiredValue(id)));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// What to tell someone who gave an unknown study id: the ids, when there are few enough to read on one line; and
    /// the study they likely meant, when the id differs only in case or is one of its registry identifiers (an NCT
    /// number copied from the registry).
    /// </summary>
    private static string Known(ImmutableArray<Study> studies, string id)
    {
        var known = studies.Length <= MaxIdsListed
            ? $"Its studies are: {string.Join(", ", studies.Select(s => s.Id))}."
            : $"'studies' lists its {Text.Count(studies.Length, "study", "studies")}.";
        var meant = studies.FirstOrDefault(s =>
            string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase)
            || s.RegistryIdentifiers.Any(r => string.Equals(r.Value, id, StringComparison.OrdinalIgnoreCase)));
        return meant is null ? known : $"{known} Did you mean '{meant.Id}'?";
    }

    private static void ShowStudies(ExplorerContext context, StudyQuery query)
    {
        var studies = query.Execute();
        var screen = context.Screen;
        screen.Heading(Text.Capitalize(query.ToString()));
        screen.Table(new TextTable(
            "Studies",
            // Id, disease and phase are what a list of studies is read by; a narrow terminal leaves out the others, Reported
            // first and the registry ids last, and `study <id>` shows everything. The disease is its abbreviation (ALS, MS),
            // which --disease accepts, so the three fit 80 columns beside the longest ids.
            [
                "Id",
                TextColumn.Wrapping("Registry id").LeftOut(1),
                "Disease",
                TextColumn.Wrapping("Course").LeftOut(5),
                TextColumn.Wrapping("Cell type").LeftOut(2),
                TextColumn.Wrapping("Route").LeftOut(4),
                "Phase",
                new TextColumn("Status").LeftOut(3),
                TextColumn.Wrapping("Institution").LeftOut(7),
                new TextColumn("Started").LeftOut(6),
                new TextColumn("Reported").LeftOut(8),
            ],
            [
                .. studies.Select(s => Text.Row(
                    s.Id,
                    Text.Join(s.RegistryIdentifiers.Select(r => r.Value)),
                    Text.Short(s.Disease),
                    Text.Codes(s.Courses),
                    Text.Codes(s.Interventions.Select(i => i.StemCellType)),
                    Text.Codes(s.Interventions.SelectMany(i => i.DeliveryRoutes).Distinct()),
                    Text.Code(s.Phase),
                    Text.Code(s.Status),
                    Text.Join(s.Institutions.Select(i => i.Name)),
                    s.StartDate?.ToString() ?? Text.None,
                    s.ReportedIn?.ToString() ?? Text.None)),
            ]));
        screen.BlankLine();
        screen.Line(studies.IsEmpty
            ? "No study matches. A study matches an option only when its sources state that value."
            : "Details: study <id>");
    }

    private static string Actuality(Actuality? actuality) => actuality is { } value ? $" ({value.ToString().ToLowerInvariant()})" : string.Empty;

    private static void ShowStudy(ExplorerContext context, Study study)
    {
        var screen = context.Screen;
        screen.Heading(study.Title);
        screen.Fields(
        [
            ("Id", study.Id),
            ("Disease", $"{study.Disease.Code} ({study.Disease.DisplayName})"),
            ("Courses", Text.Codes(study.Courses)),
            ("Institutions", Text.Join(study.Institutions.Select(i => i.ToString()))),
            ("Phase", study.Phase?.Code ?? "not stated"),
            ("Status", study.Status?.Code ?? "not stated"),
            ("Design", study.Designs.IsEmpty ? "not stated" : Text.Codes(study.Designs)),
            ("Enrollment", study.Enrollment is { } n ? Text.Number(n) + Actuality(study.EnrollmentActuality) : "not stated"),
            ("Started", study.StartDate is { } start ? start + Actuality(study.StartDateActuality) : "not stated"),
            ("Completed", study.CompletionDate is { } end ? end + Actuality(study.CompletionDateActuality) : "not stated"),
            ("Reported in", study.ReportedIn?.ToString() ?? "not stated"),
            ("Measures", study.OutcomeMeasures.IsEmpty ? "none stated" : Text.Codes(study.OutcomeMeasures)),
            ("Scales", study.ClinicalScales.IsEmpty ? "none stated" : Text.Codes(study.ClinicalScales)),
            ("Registry ids", study.RegistryIdentifiers.IsEmpty ? "none stated" : Text.Join(study.RegistryIdentifiers.Select(r => r.ToString()))),
            .. study.SourceIds.Select(id => ("Source", context.Index.TryGetSource(id, out var source) ? $"{id}: {source.Title}" : id)),
        ]);
        if (study.Notes is not null)
        {
            screen.Line($"Notes: {study.Notes}");
        }

        screen.BlankLine();
        screen.Table(new TextTable(
            "Interventions",
            ["Cell type", "Tissue", "Donor", "Route", TextColumn.Wrapping("Conditioning"), "Dose"],
            [
                .. study.Interventions.Select(i => Text.Row(
                    Text.Code(i.StemCellType),
                    Text.Code(i.TissueSource),
                    Text.Code(i.DonorOrigin),
                    i.DeliveryRoutes.IsEmpty ? Text.None : Text.Codes(i.DeliveryRoutes),
                    i.ConditioningRegimen ?? Text.None,
                    i.Dose?.ToString() ?? Text.None)),
            ]));
        if (!study.Evidence.IsEmpty)
        {
            // What the study's values rest on: the source's own words, where they are.
            screen.BlankLine();
            screen.Table(new TextTable(
                "Evidence",
                ["Value", TextColumn.Wrapping("Where"), TextColumn.Wrapping("Quote")],
                [.. study.Evidence.Select(e => Text.Row($"{e.Term.VocabularyName} {e.Term.Code}", $"{e.SourceId} {e.Field}", $"\"{e.Quote}\""))]));
        }

        screen.BlankLine();
        screen.Table(new TextTable(
            "Findings",
            ["Outcome", "Direction", TextColumn.Wrapping("In"), "Result", "After", TextColumn.Wrapping("Quote")],
            [
                .. study.Findings.Select(f => Text.Row(
                    f.OutcomeMeasure.Code,
                    f.Direction.Code,
                    f.Population.ToString(),
                    f.Result?.ToString() ?? Text.None,
                    f.TimeFrame?.ToString() ?? Text.None,
                    $"\"{f.Quote}\"")),
            ]));
        screen.BlankLine();
        screen.Table(new TextTable(
            "Proposed mechanisms",
            ["Mechanism", TextColumn.Wrapping("Quote")],
            [.. study.Mechanisms.Select(m => Text.Row(m.Mechanism.Code, $"\"{m.Quote}\""))]));
        if (study.Safety is { } safety)
        {
            screen.BlankLine();
            screen.Subheading("Safety");
            screen.Fields(
            [
                ("Tolerability", safety.Tolerability?.Code ?? "not stated"),
                ("Adverse events", safety.AdverseEvents.IsEmpty ? "none stated" : Text.Join(safety.AdverseEvents)),
                ("Risks", safety.Risks.IsEmpty ? "none stated" : Text.Join(safety.Risks)),
                ("Quote", safety.Quote is null ? Text.None : $"\"{safety.Quote}\""),
            ]);
        }

        var challenges = study.Interventions
            .SelectMany(i => (i.StemCellType is { } cellType ? VocabularyQueries.ChallengesAffecting(cellType) : [])
                .Concat(i.DeliveryRoutes.SelectMany(r => VocabularyQueries.ChallengesAffecting(r))))
            .Distinct()
            .OrderBy(c => c.Value)
            .ToList();
        screen.BlankLine();
        screen.Table(new TextTable(
            "Challenges the vocabulary ties to these cells or this route",
            ["Code", TextColumn.Wrapping("Challenge")],
            [.. challenges.Select(c => Text.Row(c.Code, c.DisplayName))]));
    }
}
