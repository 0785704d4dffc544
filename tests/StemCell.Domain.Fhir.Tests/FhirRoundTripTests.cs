using CsCheck;
using StemCell.Domain.Tests.TestSupport;

namespace StemCell.Domain.Fhir.Tests;

public sealed class FhirRoundTripTests
{
    [Fact]
    public void ImportOfExport_AnyValidDataset_GivesEachStudyRestrictedToWhatFhirCarries()
    {
        ModelGen.Dataset.Sample(
            dataset =>
            {
                var result = FhirImporter.Import(FhirExporter.ToJson(dataset), FhirImportOptions.Strict);

                Assert.True(result.Succeeded, string.Join("\n", result.Errors));
                Assert.Equal(dataset.Studies.Select(FhirExporter.Carried), result.Studies);
            },
            iter: 200);
    }

    [Fact]
    public void ImportOfExport_AnyValidStudy_IsAFixedPointOfCarried()
    {
        ModelGen.Dataset.Where(d => !d.Studies.IsEmpty).Select(d => d.Studies[0]).Sample(
            study =>
            {
                var carried = FhirExporter.Carried(study);
                Assert.Equal(carried, FhirExporter.Carried(carried));
                Assert.Equal(carried, Assert.Single(FhirImporter.ImportStudies(FhirExporter.ToJson(FhirExporter.ToBundle(carried)))));
            },
            iter: 100);
    }
}
