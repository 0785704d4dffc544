using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>What the importer derives from free text, and what it refuses to: the cases in TestData/derivation/.</summary>
public sealed partial class ClinicalTrialsGovImporterTests
{
    [Fact]
    public void Map_NegatedTissue_DerivesNoTissueAndReportsTheNegation()
    {
        var entry = MapCase("negated-tissue.json");

        var intervention = Assert.Single(entry.Study!.Interventions);
        Assert.Null(intervention.TissueSource);
        Assert.Equal(DonorOrigin.Autologous, intervention.DonorOrigin);
        Assert.Equal([DeliveryRoute.Intramuscular], intervention.DeliveryRoutes.ToArray());
        var negation = Assert.Single(entry.NotDerived, n => n.What == "tissue-source adipose-tissue");
        Assert.Contains("negated in interventions[0].description", negation.Why, StringComparison.Ordinal);
        Assert.Contains("not adipose tissue", negation.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ConflictingTissues_DerivesNoTissueAndReportsBothPhrases()
    {
        var entry = MapCase("conflicting-tissue.json");

        Assert.Null(Assert.Single(entry.Study!.Interventions).TissueSource);
        var conflict = Assert.Single(entry.NotDerived, n => n.What.StartsWith("tissue source of interventions[0]", StringComparison.Ordinal));
        Assert.Contains("phrases conflict", conflict.Why, StringComparison.Ordinal);
        Assert.Contains("bone-marrow", conflict.Why, StringComparison.Ordinal);
        Assert.Contains("adipose-tissue", conflict.Why, StringComparison.Ordinal);
        Assert.DoesNotContain(entry.Study.Evidence, e => e.Term is TissueSource);
    }

    [Fact]
    public void Map_NegatedRoute_KeepsOnlyTheStatedRoute()
    {
        var entry = MapCase("negated-route.json");

        Assert.Equal([DeliveryRoute.Intravenous], Assert.Single(entry.Study!.Interventions).DeliveryRoutes.ToArray());
        Assert.Contains(entry.NotDerived, n => n.What == "delivery-route intrathecal" && n.Why.StartsWith("negated", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_SummaryWithBackgroundSentence_DerivesOnlyFromTheSentenceAboutThisStudy()
    {
        var entry = MapCase("background-summary.json");

        var intervention = Assert.Single(entry.Study!.Interventions);
        Assert.Equal(TissueSource.BoneMarrow, intervention.TissueSource);
        Assert.Equal([DeliveryRoute.Intravenous], intervention.DeliveryRoutes.ToArray());
        var route = Assert.Single(entry.Derived, d => d.Term.Equals(DeliveryRoute.Intravenous));
        Assert.Equal("briefSummary", route.Field);
        Assert.Equal("In this study, participants receive bone marrow MSCs intravenously", route.Phrase);
        Assert.Contains(entry.NotDerived, n => n.What == "delivery-route intrathecal" && n.Why.StartsWith("in a sentence about other work", StringComparison.Ordinal));
        Assert.Contains(entry.NotDerived, n => n.What == "tissue-source adipose-tissue" && n.Why.StartsWith("in a sentence about other work", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_CellsDerivedFromOtherCells_DerivesTheCellsGivenNotTheirOrigin()
    {
        var entry = MapCase("origin-phrase.json");

        Assert.Equal(StemCellType.Mesenchymal, Assert.Single(entry.Study!.Interventions).StemCellType);
        Assert.Contains(entry.NotDerived, n => n.What == "stem-cell-type embryonic" && n.Why.Contains("what the cells were made from", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_CourseNamedOnlyInExclusionCriteria_IsNotDerived()
    {
        var entry = MapCase("eligibility-exclusion.json");

        Assert.Equal([DiseaseCourse.RelapsingRemittingMs], entry.Study!.Courses.ToArray());
        var evidence = Assert.Single(entry.Study.Evidence, e => e.Term.Equals(DiseaseCourse.RelapsingRemittingMs));
        Assert.Equal("eligibility.criteria", evidence.Field);
        Assert.Equal("* Relapsing-remitting multiple sclerosis", evidence.Quote);
    }

    [Fact]
    public void Map_PlaceboInterventionAndArm_GiveTheCellInterventionNothing()
    {
        var entry = MapCase("sham-route.json");

        var intervention = Assert.Single(entry.Study!.Interventions);
        Assert.Equal([DeliveryRoute.Intravenous, DeliveryRoute.Intrathecal], intervention.DeliveryRoutes.ToArray());
        Assert.Equal(DonorOrigin.Allogeneic, intervention.DonorOrigin);
        Assert.Equal(TissueSource.UmbilicalCordTissue, intervention.TissueSource);
        Assert.DoesNotContain(entry.Derived, d => d.Field.StartsWith("interventions[1]", StringComparison.Ordinal) || d.Field.StartsWith("arms[1]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("other-disease.json", "No condition is multiple sclerosis or ALS (conditions: Systemic Sclerosis).")]
    [InlineData("no-stem-cells.json", "No stem cell intervention (interventions: DRUG: Riluzole; DRUG: Placebo).")]
    [InlineData("both-diseases.json", "The conditions name both multiple sclerosis and ALS")]
    public void Map_OutOfScope_IsSkippedWithItsReason(string file, string reason)
    {
        var entry = MapCase(file);

        Assert.Equal(ClinicalTrialsGovImportOutcome.Skipped, entry.Outcome);
        Assert.StartsWith(reason, entry.Reason, StringComparison.Ordinal);
        Assert.Null(entry.Study);
        Assert.Null(entry.StudyId);
    }

    [Fact]
    public void Map_StemCellsOfUnstatedKind_KeepTheInterventionWithItsCellTypeUnstatedAndSayWhy()
    {
        var entry = MapCase("no-cell-type.json");

        Assert.Equal(ClinicalTrialsGovImportOutcome.Imported, entry.Outcome);
        var intervention = Assert.Single(entry.Study!.Interventions);
        Assert.Null(intervention.StemCellType);
        Assert.Equal(TissueSource.BoneMarrow, intervention.TissueSource);
        Assert.Equal(DonorOrigin.Autologous, intervention.DonorOrigin);
        Assert.Equal([DeliveryRoute.Intravenous], intervention.DeliveryRoutes.ToArray());
        var unstated = Assert.Single(entry.NotDerived, n => n.What == "cell type of interventions[0] \"Stem cell transplantation\"");
        Assert.StartsWith("no phrase names its kind of stem cell", unstated.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("negated-tissue.json")]
    [InlineData("conflicting-tissue.json")]
    [InlineData("negated-route.json")]
    [InlineData("background-summary.json")]
    [InlineData("origin-phrase.json")]
    [InlineData("eligibility-exclusion.json")]
    [InlineData("sham-route.json")]
    [InlineData("no-cell-type.json")]
    public void Map_EveryDerivedValue_QuotesItsFieldExactly(string file)
    {
        var results = ReadCase(file);
        var entry = ClinicalTrialsGovImporter.Map(results);

        Assert.NotEmpty(entry.Derived);
        foreach (var value in entry.Derived)
        {
            Assert.Contains(value.Phrase, FieldText(entry.Record!, value.Field), StringComparison.Ordinal);
        }

        Assert.Equal(
            entry.Derived.Select(d => (d.Term, d.Field, d.Phrase)),
            entry.Study!.Evidence.Select(e => (e.Term, e.Field, e.Quote)));
        Assert.All(entry.Study.Evidence, e => Assert.Equal(entry.RegistrySource!.Id, e.SourceId));
    }

    private static ClinicalTrialsGovImportEntry MapCase(string file) => ClinicalTrialsGovImporter.Map(ReadCase(file));

    private static ClinicalTrialsGovReadResult ReadCase(string file)
    {
        using var stream = TestFiles.Open(Path.Combine("derivation", file));
        return Assert.Single(ClinicalTrialsGovReader.ReadJson(stream, file).ToList());
    }

    /// <summary>The text at a derived value's field path, read through the record's public properties.</summary>
    private static string FieldText(ClinicalTrialsGovRecord record, string field)
    {
        static int Index(string part) => int.Parse(part[(part.IndexOf('[', StringComparison.Ordinal) + 1)..part.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        var parts = field.Split('.');
        return parts[0] switch
        {
            "briefTitle" => record.BriefTitle!,
            "officialTitle" => record.OfficialTitle!,
            "briefSummary" => record.BriefSummary!,
            "eligibility" => record.Eligibility!.Criteria!,
            var p when p.StartsWith("conditions[", StringComparison.Ordinal) => record.Conditions[Index(p)],
            var p when p.StartsWith("conditionMeshTerms[", StringComparison.Ordinal) => record.ConditionMeshTerms[Index(p)].Term,
            var p when p.StartsWith("keywords[", StringComparison.Ordinal) => record.Keywords[Index(p)],
            var p when p.StartsWith("interventions[", StringComparison.Ordinal) => parts[1] switch
            {
                "name" => record.Interventions[Index(p)].Name,
                "description" => record.Interventions[Index(p)].Description!,
                var q => record.Interventions[Index(p)].OtherNames[Index(q)],
            },
            var p when p.StartsWith("arms[", StringComparison.Ordinal) => parts[1] == "label" ? record.Arms[Index(p)].Label : record.Arms[Index(p)].Description!,
            var p when p.StartsWith("primaryOutcomes[", StringComparison.Ordinal) => Outcome(record.PrimaryOutcomes[Index(p)], parts[1]),
            var p when p.StartsWith("secondaryOutcomes[", StringComparison.Ordinal) => Outcome(record.SecondaryOutcomes[Index(p)], parts[1]),
            var p when p.StartsWith("otherOutcomes[", StringComparison.Ordinal) => Outcome(record.OtherOutcomes[Index(p)], parts[1]),
            var p when p.StartsWith("unclassifiedOutcomes[", StringComparison.Ordinal) => Outcome(record.UnclassifiedOutcomes[Index(p)], parts[1]),
            _ => throw new InvalidOperationException($"The test does not know the field {field}."),
        };
    }

    private static string Outcome(ClinicalTrialsGovOutcome outcome, string part) => part == "measure" ? outcome.Measure : outcome.Description!;
}
