using Hl7.Fhir.Model;
using StemCell.Domain.Fhir.Tests.TestSupport;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir.Tests;

public sealed partial class FhirExporterTests
{
    [Fact]
    public void ToBundle_IsACollectionOfResearchStudiesEachFollowedByWhatItReferences()
    {
        var bundle = FhirExporter.ToBundle(SampleDataset.Dataset);

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        // The seed article's three studies come first, each with its institution and site.
        Assert.Equal(
            ["ResearchStudy", "Organization", "Location", "ResearchStudy", "Organization", "Location", "ResearchStudy", "Organization", "Location"],
            bundle.Entry.Take(9).Select(e => e.Resource.TypeName));
        Assert.Equal(
            SampleDataset.Dataset.Studies.Select(s => s.Id),
            bundle.Entry.Select(e => e.Resource).OfType<ResearchStudy>().Select(r => r.Id));
        Assert.All(bundle.Entry, e => Assert.StartsWith("urn:uuid:", e.FullUrl, StringComparison.Ordinal));
        Assert.Equal(bundle.Entry.Count, bundle.Entry.Select(e => e.FullUrl).Distinct().Count());
    }

    [Fact]
    public void ToJson_SameDatasetTwice_SameText()
    {
        Assert.Equal(FhirExporter.ToJson(SampleDataset.Dataset), FhirExporter.ToJson(SampleDataset.Dataset));
    }

    [Fact]
    public void ToBundle_RegistryIdentifiers_UseTheirHl7TerminologySystems()
    {
        var builder = Studies.Minimal("registered").ToBuilder();
        builder.RegistryIdentifiers.Add(RegistryIdentifier.FromNctId("NCT01234567"));
        builder.RegistryIdentifiers.Add(new RegistryIdentifier(Registry.Isrctn, "ISRCTN12345678"));
        builder.RegistryIdentifiers.Add(new RegistryIdentifier(Registry.EudraCT, "2020-000979-21"));

        var identifiers = Study(FhirExporter.ToBundle(builder.Build())).Identifier;

        Assert.Equal(("https://clinicaltrials.gov/nctid", "NCT01234567"), (identifiers[0].System, identifiers[0].Value));
        Assert.Equal(("https://www.isrctn.com/ISRCTN", "ISRCTN12345678"), (identifiers[1].System, identifiers[1].Value));
        // THO registers no EudraCT system, and none is invented.
        Assert.Equal((null, "2020-000979-21", "EudraCT number"), (identifiers[2].System, identifiers[2].Value, identifiers[2].Type.Text));
        Assert.DoesNotContain(identifiers, i => i.System == "http://clinicaltrials.gov");
    }

    [Theory]
    [InlineData("phase-1-phase-2", "phase-1-phase-2", "C15693")]
    [InlineData("not-applicable", "n-a", null)]
    [InlineData("phase-4", "phase-4", "C15603")]
    public void ToBundle_Phase_CodedInResearchStudyPhaseAndNci(string phase, string fhirCode, string? nciCode)
    {
        var builder = Studies.Minimal("phased").ToBuilder();
        builder.Phase = TrialPhase.FromCode(phase);

        var coding = Study(FhirExporter.ToBundle(builder.Build())).Phase.Coding;

        Assert.Equal((FhirSystems.ResearchStudyPhase, fhirCode), (coding[0].System, coding[0].Code));
        Assert.Equal(nciCode, coding.SingleOrDefault(c => c.System == "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl")?.Code);
    }

    [Theory]
    [InlineData("recruiting", "active")]
    [InlineData("enrolling-by-invitation", "active")]
    [InlineData("not-yet-recruiting", "approved")]
    [InlineData("terminated", "administratively-completed")]
    [InlineData("unknown", "in-review")]
    [InlineData("available", "in-review")]
    [InlineData(null, "in-review")]
    public void ToBundle_Status_MappedByTheConceptMap(string? status, string fhirCode)
    {
        var builder = Studies.Minimal("status").ToBuilder();
        builder.Status = status is null ? null : StudyStatus.FromCode(status);

        Assert.Equal(fhirCode, Study(FhirExporter.ToBundle(builder.Build())).StatusElement.JsonValue);
    }

    [Fact]
    public void ToBundle_Conditions_DiseaseThenCoursesWithEveryVerifiedCodingOfARegisteredSystem()
    {
        var builder = Studies.Minimal("coded").ToBuilder();
        builder.Courses.Add(DiseaseCourse.RelapsingRemittingMs);

        var conditions = Study(FhirExporter.ToBundle(builder.Build())).Condition;

        Assert.Equal(2, conditions.Count);
        var disease = conditions[0].Coding.Select(c => (c.System, c.Code)).ToList();
        Assert.Contains(("http://snomed.info/sct", "24700007"), disease);
        Assert.Contains(("http://hl7.org/fhir/sid/icd-10-cm", "G35"), disease);
        Assert.Contains(("http://hl7.org/fhir/sid/icd-10-cm", "G35.D"), disease);
        Assert.Contains(("https://www.nlm.nih.gov/mesh", "D009103"), disease);
        Assert.Contains(("http://purl.obolibrary.org/obo/mondo.owl", "MONDO:0005301"), disease);
        // DOID has no HL7-registered system, so its codes stay out of FHIR.
        Assert.DoesNotContain(disease, c => c.System == "http://purl.obolibrary.org/obo/doid.owl");
        Assert.Contains(("http://snomed.info/sct", "426373005"), conditions[1].Coding.Select(c => (c.System, c.Code)));
    }

    [Fact]
    public void ToBundle_Keywords_CellTypeTissueDonorAndRoutesWithSnomedRouteCodes()
    {
        var builder = Studies.Minimal("keywords").ToBuilder();
        builder.Interventions.Add(new Intervention(
            StemCellType.Neural, TissueSource.FetalNeuralTissue, DonorOrigin.Allogeneic, [DeliveryRoute.Intraspinal, DeliveryRoute.Intrathecal]));

        var keywords = Study(FhirExporter.ToBundle(builder.Build())).Keyword;

        Assert.Equal(["Neural stem cell", TissueSource.FetalNeuralTissue.DisplayName, DonorOrigin.Allogeneic.DisplayName, DeliveryRoute.Intraspinal.DisplayName, DeliveryRoute.Intrathecal.DisplayName], keywords.Select(k => k.Text));
        Assert.Contains(keywords[3].Coding, c => c.System == "http://snomed.info/sct" && c.Code == "418418000");
        Assert.Contains(keywords[4].Coding, c => c.System == "http://snomed.info/sct" && c.Code == "72607000");
        Assert.Contains(keywords[0].Coding, c => c.System == "https://www.nlm.nih.gov/mesh" && c.Code == "D058953");
    }

    [Fact]
    public void ToBundle_Period_KeepsEachDateAtItsPrecision()
    {
        var builder = Studies.Minimal("dated").ToBuilder();
        builder.StartDate = PartialDate.FromYearMonth(2019, 3);
        builder.CompletionDate = PartialDate.FromYear(2024);

        var period = Study(FhirExporter.ToBundle(builder.Build())).Period;

        Assert.Equal(("2019-03", "2024"), (period.Start, period.End));
    }

    [Theory]
    [InlineData(Actuality.Actual, true)]
    [InlineData(Actuality.Estimated, false)]
    public void ToBundle_Enrollment_IsTheReferencedGroupsQuantity(Actuality actuality, bool actual)
    {
        var builder = Studies.Minimal("enrolled").ToBuilder();
        builder.Enrollment = 48;
        builder.EnrollmentActuality = actuality;

        var bundle = FhirExporter.ToBundle(builder.Build());
        var group = (Group)bundle.Entry.Single(e => e.FullUrl == Study(bundle).Enrollment[0].Reference).Resource;

        Assert.Equal((48, actual, Group.GroupType.Person), (group.Quantity, group.Actual, group.Type));
    }

    [Fact]
    public void ToBundle_Institutions_FirstIsSponsorEachIsASiteManagedByItsOrganization()
    {
        var builder = Studies.Minimal("institutions").ToBuilder();
        builder.Institutions.Add(new Institution("University of Cambridge", "GB"));
        builder.Institutions.Add(new Institution("Johns Hopkins University"));

        var bundle = FhirExporter.ToBundle(builder.Build());
        var study = Study(bundle);
        Resource Resolve(ResourceReference reference) => bundle.Entry.Single(e => e.FullUrl == reference.Reference).Resource;

        var sponsor = (Organization)Resolve(study.Sponsor);
        Assert.Equal(("University of Cambridge", "GB"), (sponsor.Name, sponsor.Address.Single().Country));
        Assert.Equal(
            ["University of Cambridge", "Johns Hopkins University"],
            study.Site.Select(site => ((Organization)Resolve(((Location)Resolve(site)).ManagingOrganization)).Name));
    }

    [Fact]
    public void ToBundle_Sources_AsCitationsWithTheirIdUrlOrDoi()
    {
        var source = new Source("trial-report", "A trial report", EvidenceKind.SecondaryReport, authors: ["A. Author"], locator: SourceLocator.FromDoi("10.1093/stcltm/szad041"));
        var study = new Study("cited", "A study", Disease.AmyotrophicLateralSclerosis, sourceIds: ["trial-report"]);

        var artifact = Study(FhirExporter.ToBundle([study], [source])).RelatedArtifact.Single();

        Assert.Equal(RelatedArtifact.RelatedArtifactType.Citation, artifact.Type);
        Assert.Equal(("trial-report", "A trial report", "https://doi.org/10.1093/stcltm/szad041"), (artifact.Label, artifact.Display, artifact.Url));
        Assert.Equal("A. Author. A trial report. doi:10.1093/stcltm/szad041", artifact.Citation);
    }

    [Fact]
    public void ToBundle_WhatR4HasNoElementFor_IsNotWrittenAsText()
    {
        var study = SampleDataset.Dataset.Studies.First(s => !s.Findings.IsEmpty);

        var json = FhirExporter.ToJson(FhirExporter.ToBundle(study));

        Assert.All(study.Findings, finding => Assert.DoesNotContain(finding.Quote, json, StringComparison.Ordinal));
    }

    [Fact]
    public void ToBundle_IdLongerThanAFhirId_Throws()
    {
        var id = string.Join('-', Enumerable.Repeat("abcdefghi", 7));

        Assert.Throws<ArgumentException>(() => FhirExporter.ToBundle(Studies.Minimal(id)));
    }

    [Fact]
    public void ToBundle_TwoStudiesOfOneId_Throws()
    {
        Assert.Throws<ArgumentException>(() => FhirExporter.ToBundle([Studies.Minimal("twice"), Studies.Minimal("twice")], sources: null));
    }

    [Fact]
    public void Carried_DropsWhatFhirDoesNotCarry()
    {
        var study = SampleDataset.Dataset.Studies.First(s => s.Interventions.Any(i => i.ConditioningRegimen is not null));

        var carried = FhirExporter.Carried(study);

        Assert.Equal((study.Id, study.Title, study.Disease), (carried.Id, carried.Title, carried.Disease));
        Assert.Empty(carried.Findings);
        Assert.Null(carried.ReportedIn);
        Assert.Null(carried.Interventions.Single().ConditioningRegimen);
    }

    private static ResearchStudy Study(Bundle bundle) => bundle.Entry.Select(e => e.Resource).OfType<ResearchStudy>().First();
}
