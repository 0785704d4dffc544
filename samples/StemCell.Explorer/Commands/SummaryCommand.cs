using System.CommandLine;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Commands;

/// <summary>The default command: the sample dataset at a glance.</summary>
internal static class SummaryCommand
{
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
            .. dataset.Sources.Select(s => ("Source", $"{s.Title}, a {s.EvidenceKind.DisplayName.ToLowerInvariant()}")),
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
        screen.Table(new TextTable(
            "Studies",
            ["Id", TextColumn.Wrapping("Disease"), "Cell type", "Phase", "Year"],
            [
                .. dataset.Studies.Select(s => Text.Row(
                    s.Id,
                    s.Disease.DisplayName,
                    Text.Codes(s.Interventions.Select(i => i.StemCellType)),
                    Text.Code(s.Phase),
                    s.ReportedIn?.ToString() ?? Text.None)),
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
        screen.Line("Try: studies --disease als | study johns-hopkins-nsc-als-2023 | vocabulary | --help");
        return ExitCodes.Success;
    }
}
