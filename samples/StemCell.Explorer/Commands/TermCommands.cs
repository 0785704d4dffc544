using System.CommandLine;
using StemCell.Domain.Querying;
using StemCell.Domain.Vocabulary;
using StemCell.Explorer.Rendering;

namespace StemCell.Explorer.Commands;

/// <summary>The commands that list the terms of one vocabulary with what the sample dataset says about each.</summary>
internal static class TermCommands
{
    internal static Command CreateDiseases(ExplorerContext context)
    {
        var command = new Command("diseases", "List the diseases and their clinical courses, with the sample studies of each.");
        command.SetAction(_ =>
        {
            var index = context.Index;
            var screen = context.Screen;
            screen.Heading("Diseases");
            screen.Table(new TextTable(
                "Diseases",
                ["Code", TextColumn.Wrapping("Name"), TextColumn.Wrapping("Also known as"), "Category", "Studies"],
                [
                    .. Disease.All.Select(d => Text.Row(
                        d.Code, d.DisplayName, Text.Synonyms(d), d.Category.Code, Text.Number(index.Studies.WithDisease(d).Execute().Length))),
                ]));
            screen.BlankLine();
            screen.Table(new TextTable(
                "Courses",
                ["Code", TextColumn.Wrapping("Name"), "Disease", TextColumn.Wrapping("Also known as"), "Studies"],
                [
                    .. DiseaseCourse.All.Select(c => Text.Row(
                        c.Code, c.DisplayName, c.Disease.Code, Text.Synonyms(c), Text.Number(index.Studies.WithCourse(c).Execute().Length))),
                ]));
            screen.BlankLine();
            screen.Line("Definitions: vocabulary disease | vocabulary disease-course. Studies of one: studies --disease <code>");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static Command CreateCellTypes(ExplorerContext context)
    {
        var command = new Command("cell-types", "List the stem cell types: potency, where they are harvested, how they are thought to act, and the sample studies of each.");
        command.SetAction(_ =>
        {
            var index = context.Index;
            var screen = context.Screen;
            screen.Heading("Stem cell types");
            screen.Table(new TextTable(
                "Cell types",
                ["Code", TextColumn.Wrapping("Name"), "Potency", TextColumn.Wrapping("Harvested from"), TextColumn.Wrapping("Mechanisms"), "Studies"],
                [
                    .. StemCellType.All.Select(c => Text.Row(
                        c.Code,
                        c.DisplayName,
                        c.Potency.Code,
                        Text.Codes(c.Sources),
                        Text.Codes(c.Mechanisms),
                        Text.Number(index.Studies.WithCellType(c).Execute().Length))),
                ]));
            screen.BlankLine();
            screen.Line("Definitions: vocabulary stem-cell-type. Studies of one: studies --cell-type <code>");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static Command CreateChallenges(ExplorerContext context)
    {
        var route = TermOption.Create<DeliveryRoute>("--route", "Only the challenges specific to this delivery route.");
        var cellType = TermOption.Create<StemCellType>("--cell-type", "Only the challenges specific to this stem cell type.");
        var command = new Command(
            "challenges",
            "List the open challenges for stem cell therapy: the routes and cell types each bears on, and whether the sample's sources cite it. "
            + "With both options, the challenges specific to both.")
        {
            route,
            cellType,
        };
        command.SetAction(parseResult =>
        {
            var selectedRoute = parseResult.GetValue(route);
            var selectedCellType = parseResult.GetValue(cellType);
            IEnumerable<Challenge> challenges = Challenge.All;
            var filters = new List<string>();
            if (selectedRoute is not null)
            {
                challenges = challenges.Intersect(VocabularyQueries.ChallengesAffecting(selectedRoute));
                filters.Add($"route {selectedRoute.Code}");
            }

            if (selectedCellType is not null)
            {
                challenges = challenges.Intersect(VocabularyQueries.ChallengesAffecting(selectedCellType));
                filters.Add($"cell type {selectedCellType.Code}");
            }

            var screen = context.Screen;
            screen.Heading(filters.Count == 0 ? "Challenges" : $"Challenges specific to {string.Join(" and ", filters)}");
            screen.Table(new TextTable(
                "Challenges",
                ["Code", TextColumn.Wrapping("Challenge"), TextColumn.Wrapping("Routes"), TextColumn.Wrapping("Cell types"), "Cited", TextColumn.Wrapping("What it is")],
                [
                    .. challenges.Select(c => Text.Row(
                        c.Code,
                        c.DisplayName,
                        c.AffectedRoutes.IsEmpty ? "any" : Text.Codes(c.AffectedRoutes),
                        c.AffectedCellTypes.IsEmpty ? "any" : Text.Codes(c.AffectedCellTypes),
                        DatasetFacts.IsCited(context.Dataset, c) ? "yes" : "no",
                        c.Definition)),
                ]));
            screen.BlankLine();
            screen.Line("Cited: whether a source of the sample dataset names the challenge. Filter: challenges --route <code> --cell-type <code>");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static Command CreateBenefits(ExplorerContext context)
    {
        var disease = TermOption.Create<Disease>("--disease", "Only the benefits that apply to this disease.");
        var command = new Command(
            "benefits",
            "List the potential benefits of stem cell therapy: the diseases, cell types and mechanisms behind each, and whether the sample's sources cite it.")
        {
            disease,
        };
        command.SetAction(parseResult =>
        {
            var selected = parseResult.GetValue(disease);
            var benefits = selected is null ? TherapeuticBenefit.All : VocabularyQueries.BenefitsFor(selected);
            var screen = context.Screen;
            screen.Heading(selected is null ? "Therapeutic benefits" : $"Therapeutic benefits in {selected.DisplayName}");
            screen.Table(new TextTable(
                "Benefits",
                ["Code", TextColumn.Wrapping("Benefit"), TextColumn.Wrapping("Diseases"), TextColumn.Wrapping("Cell types"), TextColumn.Wrapping("Mechanisms"), "Cited", TextColumn.Wrapping("What it is")],
                [
                    .. benefits.Select(b => Text.Row(
                        b.Code,
                        b.DisplayName,
                        Text.Codes(b.Diseases),
                        Text.Codes(b.CellTypes),
                        Text.Codes(b.Mechanisms),
                        DatasetFacts.IsCited(context.Dataset, b) ? "yes" : "no",
                        b.Definition)),
                ]));
            screen.BlankLine();
            screen.Line("Cited: whether a source of the sample dataset names the benefit. Filter: benefits --disease <code>");
            return ExitCodes.Success;
        });
        return command;
    }
}
