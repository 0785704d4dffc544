using System.CommandLine;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Commands;

/// <summary>The default command: the sample dataset at a glance.</summary>
internal static class SummaryCommand
{
    private const int MaxSourcesListedOfAKind = 3;

    internal static Command Create(ExplorerContext context)
    {
        var command = new Command(
            "summary",
            "Show the sample dataset at a glance: its diseases, cell types, studies, benefits and challenges (the default command).");
        command.SetAction(_ => Show(context));
        return command;
    }

    internal static int Show(ExplorerContext context)
    {
        var dataset = context.Dataset;
        var index = context.Index;
        var screen = context.Screen;

        var diseases = DatasetFacts.Stated<Disease>(dataset, s => [s.Disease]);
        var cellTypes = DatasetFacts.Stated<StemCellType>(dataset, s => s.Interventions.Select(i => i.StemCellType));
        var benefits = DatasetFacts.Stated<TherapeuticBenefit>(dataset);
        var challenges = DatasetFacts.Stated<Challenge>(dataset);

        screen.Heading("StemCell.Domain sample dataset");
        screen.Fields(
        [
            .. Sources(dataset),
            ("Contents", $"{Text.Count(dataset.Studies.Length, "study", "studies")}, {Text.Count(diseases.Count, "disease", "diseases")}, "
                + $"{Text.Count(cellTypes.Count, "cell type", "cell types")}, {Text.Count(benefits.Count, "benefit", "benefits")}, "
                + $"{Text.Count(challenges.Count, "challenge", "challenges")}"),
        ]);
        screen.Line("Everything here is stated by a source, quoted in the dataset; nothing is inferred or invented.");
        screen.BlankLine();
        screen.Table(new TextTable(
            "Diseases",
            ["Code", TextColumn.Wrapping("Name"), "Studies"],
            [.. diseases.Select(d => Text.Row(d.Code, d.DisplayName, Text.Number(index.Studies.WithDisease(d).Execute().Length)))]));
        screen.BlankLine();
        screen.Table(new TextTable(
            "Cell types",
            ["Code", TextColumn.Wrapping("Name"), "Potency", "Studies"],
            [.. cellTypes.Select(c => Text.Row(c.Code, c.DisplayName, c.Potency.Code, Text.Number(index.Studies.WithCellType(c).Execute().Length)))]));
        screen.BlankLine();
        // The studies command lists the studies; here, how they spread over the phases of each disease.
        var phases = TrialPhase.All.Cast<TrialPhase?>().Append(null)
            .Where(p => dataset.Studies.Any(s => s.Phase == p))
            .ToList();
        screen.Table(new TextTable(
            "Phases",
            ["Phase", .. diseases.Select(d => Text.Short(d)), "All"],
            [
                .. phases.Select(p => Text.Row(
                    [
                        p?.Code ?? "not stated",
                        .. diseases.Select(d => Text.Number(dataset.Studies.Count(s => s.Disease == d && s.Phase == p))),
                        Text.Number(dataset.Studies.Count(s => s.Phase == p)),
                    ])),
            ]));
        screen.BlankLine();
        screen.Table(new TextTable(
            "Benefits",
            ["Code", TextColumn.Wrapping("Benefit"), TextColumn.Wrapping("Diseases")],
            [.. benefits.Select(b => Text.Row(b.Code, b.DisplayName, Text.Codes(b.Diseases)))]));
        screen.BlankLine();
        screen.Table(new TextTable(
            "Challenges",
            ["Code", TextColumn.Wrapping("Challenge")],
            [.. challenges.Select(c => Text.Row(c.Code, c.DisplayName))]));
        screen.BlankLine();
        screen.Line("Try: studies --disease als --min-phase phase-3 | study nct03280056 | charts | --help");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The sources by title, a few of a kind; many of one kind (a registry record for each trial) as their count and, when
    /// they share one, their publisher, so the summary stays a glance whatever the dataset holds. Every evidence kind's
    /// name takes an s for its plural.
    /// </summary>
    private static IEnumerable<(string Label, string Value)> Sources(EvidenceDataset dataset) =>
        dataset.Sources.GroupBy(s => s.EvidenceKind).SelectMany(kind => kind.Count() <= MaxSourcesListedOfAKind
            ? kind.Select(s => ("Source", $"{s.Title}, a {kind.Key.DisplayName.ToLowerInvariant()}"))
            : [("Sources", $"{Text.Number(kind.Count())} {kind.Key.DisplayName.ToLowerInvariant()}s{Publisher(kind)}")]);

    private static string Publisher(IEnumerable<Source> sources) =>
        sources.Select(s => s.Publisher).Distinct().ToList() is [{ } publisher] ? $" from {publisher}" : string.Empty;
}
