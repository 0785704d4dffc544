using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>
/// What the importer makes of the real MS and ALS stem cell trials in the classic registry snapshots
/// (TestData/ctgov-classic/): every row below was checked by hand against the record's text.
/// </summary>
public sealed partial class ClinicalTrialsGovImporterTests
{
    private static readonly Lazy<ClinicalTrialsGovImport> ClassicImport = new(() => ClinicalTrialsGovImporter.Import(
        ClinicalTrialsGovReader.ReadPath(TestFiles.PathOf(Path.Combine("ctgov-classic", "api")))
            .Concat(ClinicalTrialsGovReader.ReadPath(TestFiles.PathOf(Path.Combine("ctgov-classic", "csv"))))
            .ToList()));

    /// <summary>
    /// Each trial's courses, and each stem cell intervention as cell type/tissue/donor/routes, and its scales. An empty
    /// cell type means no phrase states a kind of cell the vocabulary has (MSC-derived neural progenitors, or "bone
    /// marrow-derived stem cells"), which the report says.
    /// </summary>
    [Theory]
    [InlineData("NCT04745299", "sporadic-als,familial-als", "mesenchymal///", "alsfrs-r")]
    [InlineData("NCT01051882", "", "mesenchymal/bone-marrow/autologous/intramuscular | mesenchymal/bone-marrow/autologous/intrathecal", "alsfrs-r")]
    [InlineData("NCT03799718", "progressive-ms", "mesenchymal//autologous/intrathecal", "")]
    [InlineData("NCT02017912", "", "mesenchymal//autologous/intrathecal+intramuscular", "alsfrs-r")]
    [InlineData("NCT03280056", "", "mesenchymal/bone-marrow/autologous/intrathecal", "alsfrs-r")]
    [InlineData("NCT04681118", "", "mesenchymal//autologous/intrathecal", "")]
    [InlineData("NCT01777646", "", "mesenchymal/bone-marrow/autologous/intrathecal+intramuscular", "alsfrs-r")]
    [InlineData("NCT01377870", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal/bone-marrow/autologous/intravenous", "edss,msfc")]
    [InlineData("NCT03778333", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal/bone-marrow/autologous/intravenous", "edss")]
    [InlineData("NCT00781872", "", "mesenchymal/bone-marrow/autologous/intravenous+intrathecal", "edss")]
    [InlineData("NCT01854957", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal//autologous/intravenous", "")]
    [InlineData("NCT01730547", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal//autologous/intravenous", "")]
    [InlineData("NCT01895439", "", "mesenchymal/bone-marrow/autologous/intrathecal", "")]
    [InlineData("NCT01228266", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal//autologous/", "edss")]
    [InlineData("NCT01364246", "progressive-ms", "mesenchymal/umbilical-cord-tissue//", "edss")]
    [InlineData("NCT02403947", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal/bone-marrow/autologous/intravenous", "")]
    [InlineData("NCT02034188", "", "mesenchymal/umbilical-cord-tissue/allogeneic/intravenous", "edss")]
    [InlineData("NCT04823000", "progressive-ms", "mesenchymal//autologous/intravenous+intrathecal", "edss")]
    [InlineData("NCT00395200", "", "mesenchymal/bone-marrow/autologous/intravenous", "msfc,edss")]
    [InlineData("NCT02035514", "relapsing-remitting-ms", "mesenchymal/bone-marrow/autologous/intravenous", "edss,msfc")]
    [InlineData("NCT01056471", "secondary-progressive-ms", "mesenchymal/adipose-tissue/autologous/intravenous | mesenchymal/adipose-tissue/autologous/intravenous", "")]
    [InlineData("NCT01606215", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal/bone-marrow/autologous/intravenous", "msfc")]
    [InlineData("NCT04749667", "secondary-progressive-ms,primary-progressive-ms", "mesenchymal/bone-marrow/autologous/intrathecal", "edss")]
    [InlineData("NCT01933802", "secondary-progressive-ms,primary-progressive-ms", "/bone-marrow/autologous/intrathecal", "edss,msfc")]
    [InlineData("NCT03355365", "secondary-progressive-ms,primary-progressive-ms", "/bone-marrow/autologous/intrathecal", "edss,msfc")]
    [InlineData("NCT05003388", "", "mesenchymal/umbilical-cord-tissue/allogeneic/intravenous", "edss")]
    [InlineData("NCT05532943", "relapsing-remitting-ms,secondary-progressive-ms", "mesenchymal/umbilical-cord-tissue/allogeneic/intravenous+intrathecal", "edss,msfc")]
    [InlineData("NCT02326935", "relapsing-remitting-ms,progressive-ms", "mesenchymal/adipose-tissue/autologous/intravenous", "")]
    [InlineData("NCT03326505", "", "mesenchymal/umbilical-cord-tissue/allogeneic/intrathecal", "")]
    [InlineData("NCT00813969", "relapsing-remitting-ms,secondary-progressive-ms", "mesenchymal//autologous/intravenous", "")]
    [InlineData("NCT02239393", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal//autologous/intravenous", "")]
    [InlineData("NCT03822858", "secondary-progressive-ms,primary-progressive-ms", "/bone-marrow/autologous/intrathecal", "")]
    [InlineData("NCT02587715", "relapsing-remitting-ms", "mesenchymal/umbilical-cord-tissue/allogeneic/intravenous+intrathecal", "edss,msfc")]
    [InlineData("NCT02418325", "relapsing-remitting-ms", "mesenchymal/umbilical-cord-tissue/allogeneic/intravenous+intrathecal", "edss,msfc")]
    [InlineData("NCT02166021", "secondary-progressive-ms,primary-progressive-ms", "mesenchymal/bone-marrow/autologous/intrathecal+intravenous", "edss")]
    [InlineData("NCT05116540", "relapsing-remitting-ms", "mesenchymal/adipose-tissue/autologous/intravenous", "edss")]
    [InlineData("NCT01745783", "relapsing-remitting-ms,secondary-progressive-ms,primary-progressive-ms", "mesenchymal/bone-marrow/autologous/intravenous", "edss,msfc")]
    [InlineData("NCT02495766", "relapsing-remitting-ms,secondary-progressive-ms", "mesenchymal/bone-marrow/autologous/", "edss")]
    [InlineData("NCT04956744", "", "mesenchymal///intravenous", "")]
    [InlineData("NCT03069170", "relapsing-remitting-ms", "/bone-marrow/autologous/intravenous+intrathecal", "edss")]
    [InlineData("NCT04821479", "sporadic-als,familial-als", "mesenchymal/bone-marrow/autologous/intrathecal", "alsfrs-r")]
    public void Import_ClassicTrial_DerivesWhatItsTextStates(string nctId, string courses, string interventions, string scales)
    {
        var study = ClassicStudy(nctId);

        Assert.Equal(courses, string.Join(",", study.Courses.Select(c => c.Code)));
        Assert.Equal(interventions, string.Join(" | ", study.Interventions.Select(Describe)));
        Assert.Equal(scales, string.Join(",", study.ClinicalScales.Select(s => s.Code)));
        Assert.True(study.Validate().IsValid, study.Validate().ToString());
    }

    [Fact]
    public void Import_ClassicSnapshots_ImportsTheFortyOneMsAndAlsTrialsAndSkipsTheThreeOthers()
    {
        var import = ClassicImport.Value;

        Assert.Equal(41, import.Dataset.Studies.Length);
        Assert.True(import.Dataset.Validate().IsValid, import.Dataset.Validate().ToString());
        Assert.Equal(
            ["NCT00962923", "NCT02249676", "NCT04520373"],
            import.Entries.Where(e => e.Outcome == ClinicalTrialsGovImportOutcome.Skipped).Select(e => e.NctId!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(0, import.FailedCount);
        Assert.All(import.Entries.Where(e => e.Outcome == ClinicalTrialsGovImportOutcome.Skipped), e => Assert.StartsWith("No condition is multiple sclerosis or ALS", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TrialInSeveralSnapshots_IsOneStudyCitingEachRecord()
    {
        var import = ClassicImport.Value;

        var study = ClassicStudy("NCT03280056");
        Assert.Equal(["ctgov-nct03280056-2022-10-06", "ctgov-nct03280056-classic-csv"], study.SourceIds.Order(StringComparer.Ordinal));
        var entries = import.Entries.Where(e => e.NctId == "NCT03280056").ToList();
        Assert.Equal(4, entries.Count); // two query folders and two CSV exports
        Assert.All(entries, e => Assert.Equal("nct03280056", e.StudyId));
        Assert.Single(entries, e => e.Reason is null);
        Assert.All(entries.Where(e => e.Reason is not null), e => Assert.StartsWith("The same trial as ", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_NurOwnPhase3_MapsTheRegistryFactsAsTheRecordStatesThem()
    {
        var study = ClassicStudy("NCT03280056");

        Assert.Equal("nct03280056", study.Id);
        Assert.Equal("Safety and Efficacy of Repeated Administrations of NurOwn® in ALS Patients", study.Title);
        Assert.Equal(Disease.AmyotrophicLateralSclerosis, study.Disease);
        Assert.Equal([RegistryIdentifier.FromNctId("NCT03280056")], study.RegistryIdentifiers.ToArray());
        Assert.Equal(["Brainstorm-Cell Therapeutics", "California Institute for Regenerative Medicine (CIRM)"], study.Institutions.Select(i => i.Name));
        Assert.Equal(TrialPhase.Phase3, study.Phase);
        Assert.Equal(StudyStatus.Completed, study.Status);
        Assert.Equal([StudyDesign.RandomizedControlled, StudyDesign.DoubleBlind, StudyDesign.PlaceboControlled], study.Designs.ToArray());
        Assert.Equal(263, study.Enrollment);
        Assert.Equal(Actuality.Actual, study.EnrollmentActuality);
        Assert.Equal(PartialDate.FromDate(2017, 8, 28), study.StartDate);
        Assert.Equal(PartialDate.FromDate(2020, 10, 30), study.CompletionDate);
    }

    [Fact]
    public void Import_Alsummit_KeepsTheEstimatedEnrollmentAndTakesTheOneBiologicalAsTheCellTherapy()
    {
        var study = ClassicStudy("NCT04745299");

        Assert.Equal(TrialPhase.Phase3, study.Phase);
        Assert.Equal(StudyStatus.Recruiting, study.Status);
        Assert.Equal(115, study.Enrollment);
        Assert.Equal(Actuality.Estimated, study.EnrollmentActuality);
        Assert.Equal(PartialDate.FromDate(2021, 3, 23), study.StartDate);
        // The classic API lost which intervention "Autologous Bone Marrow derived Mesenchymal Stem Cell" names; the
        // keyword says mesenchymal stem cells, and Lenzumestrocel is the trial's one biological.
        var evidence = Assert.Single(study.Evidence, e => e.Term.Equals(StemCellType.Mesenchymal));
        Assert.Equal("Mesenchymal stem cell", evidence.Quote);
        Assert.StartsWith("keywords[", evidence.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MscDerivedNeuralProgenitors_KeepTheirOtherFactsWithNoCellTypeAndSaySo()
    {
        var entry = ClassicImport.Value.Entries.First(e => e.NctId == "NCT03355365");

        var intervention = Assert.Single(entry.Study!.Interventions);
        Assert.Null(intervention.StemCellType);
        Assert.Equal((TissueSource.BoneMarrow, DonorOrigin.Autologous), (intervention.TissueSource, intervention.DonorOrigin));
        Assert.Contains(entry.NotDerived, n => n.Why.StartsWith("the cells are mesenchymal stem cell-derived neural progenitors (MSC-NP)", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RealNegation_IsReported()
    {
        var entry = ClassicImport.Value.Entries.First(e => e.NctId == "NCT01051882" && e.Record!.Format == ClinicalTrialsGovFormat.ClassicStudyFields);

        var negation = Assert.Single(entry.NotDerived, n => n.What == "tissue-source adipose-tissue");
        Assert.Contains("(ensuring that injection is into muscle and not adipose tissue)", negation.Why, StringComparison.Ordinal);
        Assert.All(entry.Study!.Interventions, i => Assert.Equal(TissueSource.BoneMarrow, i.TissueSource));
    }

    [Fact]
    public void Import_ClassicTrials_EveryEvidenceQuoteIsInItsRecordField()
    {
        foreach (var entry in ClassicImport.Value.Entries.Where(e => e.Study is not null))
        {
            foreach (var value in entry.Derived)
            {
                Assert.Contains(value.Phrase, FieldText(entry.Record!, value.Field), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Query_PhaseThreeMesenchymalTrialsInAls_AreNurOwnAndAlsummit()
    {
        var index = new Querying.DatasetIndex(ClassicImport.Value.Dataset);

        var trials = index.Studies
            .WithDisease(Disease.AmyotrophicLateralSclerosis)
            .WithCellType(StemCellType.Mesenchymal)
            .WithMinimumPhase(TrialPhase.Phase3)
            .Execute();

        Assert.Equal(["NCT04745299", "NCT03280056"], trials.Select(s => s.RegistryIdentifiers[0].Value));
        Assert.Equal(trials, index.Studies.WithRegistryIdentifier("NCT03280056").Execute().Concat(index.Studies.WithRegistryIdentifier("NCT04745299").Execute()).OrderBy(s => trials.IndexOf(s)));
    }

    [Fact]
    public void Query_AllogeneicUmbilicalCordTrialsStartedAfter2015_AreTheUcMscTrials()
    {
        var index = new Querying.DatasetIndex(ClassicImport.Value.Dataset);

        var trials = index.Studies
            .WithDonorOrigin(DonorOrigin.Allogeneic)
            .WithTissueSource(TissueSource.UmbilicalCordTissue)
            .WithMinimumStartYear(2016)
            .Execute();

        Assert.Equal(["NCT05003388", "NCT05532943", "NCT03326505"], trials.Select(s => s.RegistryIdentifiers[0].Value));
        Assert.All(trials, s => Assert.True(s.StartDate!.Value.Year >= 2016));
    }

    /// <summary>
    /// Every value derived from the classic trials' text, and every phrase left out, one line each, as reviewed in
    /// TestData/expected/classic-derivations.txt. A change to the phrase rules shows here phrase by phrase; regenerate
    /// the file with <c>STEMCELL_UPDATE_SNAPSHOTS=1 dotnet test tests/StemCell.Domain.ClinicalTrialsGov.Tests --filter
    /// FullyQualifiedName~ClassicDerivations</c> and review its diff before committing it.
    /// </summary>
    [Fact]
    public void Import_ClassicDerivations_AreTheReviewedOnes()
    {
        var lines = new List<string>();
        foreach (var entry in ClassicImport.Value.Entries.Where(e => e.Record?.Format == ClinicalTrialsGovFormat.ClassicStudyFields).DistinctBy(e => e.NctId))
        {
            lines.Add($"{entry.NctId} {entry.Outcome.ToString().ToLowerInvariant()}");
            lines.AddRange(entry.Derived.Select(d => $"  + {d.Term.VocabularyName} {d.Term.Code} | {d.Field} | {d.Phrase}"));
            lines.AddRange(entry.NotDerived.Select(n => $"  - {n.What} | {n.Why}"));
        }

        var generated = string.Join("\n", lines) + "\n";
        var path = Path.Combine(RepositoryDirectory(), "tests", "StemCell.Domain.ClinicalTrialsGov.Tests", "TestData", "expected", "classic-derivations.txt");
        if (Environment.GetEnvironmentVariable("STEMCELL_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.Equal(File.ReadAllText(path).Split('\n'), generated.Split('\n'));
    }

    private static string RepositoryDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StemCell.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No StemCell.Domain.sln above {AppContext.BaseDirectory}.");
    }

    private static Study ClassicStudy(string nctId) =>
        Assert.Single(ClassicImport.Value.Dataset.Studies, s => s.RegistryIdentifiers.Any(r => r.Value == nctId));

    private static string Describe(Intervention i) =>
        $"{i.StemCellType?.Code}/{i.TissueSource?.Code}/{i.DonorOrigin?.Code}/{string.Join("+", i.DeliveryRoutes.Select(r => r.Code))}";
}
