using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;
using Coding = Hl7.Fhir.Model.Coding;

namespace StemCell.Domain.Fhir;

/// <summary>Writes studies as FHIR R4 <c>ResearchStudy</c> resources, in a <c>Bundle</c> of type <c>collection</c> with the resources they reference.</summary>
/// <remarks>
/// <para>
/// Each study gives one <c>ResearchStudy</c> whose id is the study's id; each institution one <c>Organization</c> (the
/// first is the study's <c>sponsor</c>, and every one is a <c>site</c> through a <c>Location</c> it manages); an
/// enrollment one <c>Group</c> whose <c>quantity</c> is the count and whose <c>actual</c> says whether it is the actual
/// count or a target. Entries have <c>urn:uuid:</c> full URLs, derived from the resource type and id so that the
/// same input always gives the same bundle, and references point at them.
/// </para>
/// <para>
/// What R4's ResearchStudy has no element for is not carried: findings, proposed mechanisms, safety, the sources' quoted
/// evidence, design features, outcome measures and clinical scales, when the study was reported, whether its dates are
/// actual or expected, and an intervention's dose, conditioning regimen and number of administrations. Control
/// characters other than tab, carriage return and line feed, which an R4 string cannot hold, are left out of text.
/// <see cref="Carried(Study)"/> gives a study restricted to what the export carries, which import gives back.
/// </para>
/// </remarks>
public static class FhirExporter
{
    private const int MaximumFhirIdLength = 64;

    private static readonly FhirJsonSerializer Serializer = new();

    /// <summary>Writes a dataset's studies, with the citations of the sources they cite, as a bundle.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>A bundle of type collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">A study's id is longer than the 64 characters a FHIR id may have.</exception>
    public static Bundle ToBundle(EvidenceDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return ToBundle(dataset.Studies, dataset.Sources);
    }

    /// <summary>Writes one study as a bundle, its sources by id only.</summary>
    /// <param name="study">The study.</param>
    /// <returns>A bundle of type collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="study"/> is null.</exception>
    /// <exception cref="ArgumentException">The study's id is longer than the 64 characters a FHIR id may have.</exception>
    public static Bundle ToBundle(Study study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return ToBundle([study], sources: null);
    }

    /// <summary>Writes studies as a bundle.</summary>
    /// <param name="studies">The studies.</param>
    /// <param name="sources">The sources the studies cite, for their citations, or null to write only their ids.</param>
    /// <returns>A bundle of type collection: each study's ResearchStudy, followed by the resources it references.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="studies"/> is null or contains a null.</exception>
    /// <exception cref="ArgumentException">A study's id is longer than the 64 characters a FHIR id may have, or two studies have the same id.</exception>
    public static Bundle ToBundle(IEnumerable<Study> studies, IEnumerable<Source>? sources)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var sourcesById = (sources ?? []).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        var organizations = new Dictionary<Institution, string>();
        var studyIds = new HashSet<string>(StringComparer.Ordinal);
        var studyNumber = 0;
        foreach (var study in studies)
        {
            ArgumentNullException.ThrowIfNull(study, nameof(studies));
            studyNumber++;
            if (study.Id.Length > MaximumFhirIdLength)
            {
                throw new ArgumentException(
                    $"The study id '{study.Id}' has {study.Id.Length} characters; a FHIR resource id has at most {MaximumFhirIdLength}.", nameof(studies));
            }

            if (!studyIds.Add(study.Id))
            {
                throw new ArgumentException($"The study id '{study.Id}' is given twice; a bundle holds one ResearchStudy of an id.", nameof(studies));
            }

            var researchStudy = ToResearchStudy(study, sourcesById);
            var referenced = new List<Resource>();
            foreach (var institution in study.Institutions)
            {
                if (!organizations.TryGetValue(institution, out var organizationId))
                {
                    organizationId = $"organization-{organizations.Count + 1}";
                    organizations.Add(institution, organizationId);
                    var organization = new Organization { Id = organizationId, Name = FhirText.Clean(institution.Name) };
                    if (institution.Country is not null)
                    {
                        organization.Address.Add(new Address { Country = institution.Country });
                    }

                    referenced.Add(organization);
                    referenced.Add(new Location
                    {
                        Id = $"site-{organizationId}",
                        Name = FhirText.Clean(institution.Name),
                        ManagingOrganization = Reference("Organization", organizationId),
                    });
                }

                researchStudy.Sponsor ??= Reference("Organization", organizationId);
                researchStudy.Site.Add(Reference("Location", $"site-{organizationId}"));
            }

            if (study.Enrollment is { } enrollment)
            {
                var groupId = $"enrollment-{studyNumber}";
                var group = new Group { Id = groupId, Type = Group.GroupType.Person, Quantity = enrollment };
                if (study.EnrollmentActuality is { } actuality)
                {
                    group.Actual = actuality == Actuality.Actual;
                }
                else
                {
                    group.ActualElement = AbsentBoolean("unknown");
                }

                referenced.Add(group);
                researchStudy.Enrollment.Add(Reference("Group", groupId));
            }

            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = FullUrl("ResearchStudy", study.Id), Resource = researchStudy });
            foreach (var resource in referenced)
            {
                bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = FullUrl(resource.TypeName, resource.Id!), Resource = resource });
            }
        }

        return bundle;
    }

    /// <summary>Writes a dataset's studies as indented FHIR R4 JSON.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The bundle of <see cref="ToBundle(EvidenceDataset)"/> as JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">A study's id is longer than the 64 characters a FHIR id may have.</exception>
    public static string ToJson(EvidenceDataset dataset) => ToJson(ToBundle(dataset));

    /// <summary>Writes a bundle or any other resource as indented FHIR R4 JSON.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is null.</exception>
    public static string ToJson(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return Serializer.SerializeToString(resource, pretty: true);
    }

    /// <summary>Restricts a study to what the FHIR export carries, which is what importing the export gives back.</summary>
    /// <param name="study">The study.</param>
    /// <returns>
    /// A study with the same id, title, disease, courses, phase, registry identifiers, institutions, start and completion
    /// dates, enrollment and its actuality, source ids and notes (text without the control characters R4 strings cannot
    /// hold); its status as import reads its R4 code back
    /// (<see cref="FhirConceptMaps"/>); one intervention per intervention of <paramref name="study"/>, each with its cell
    /// type, tissue, donor origin and routes when the study has just one (a ResearchStudy's keywords belong to the study,
    /// not an arm) and with none of them otherwise; and nothing else.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="study"/> is null.</exception>
    public static Study Carried(Study study)
    {
        ArgumentNullException.ThrowIfNull(study);
        var status = FhirConceptMaps.StatusesByFhirCode[FhirConceptMaps.ForStatus(study.Status).FhirCode];
        var interventions = study.Interventions.Length == 1
            ? [new Intervention(
                study.Interventions[0].StemCellType,
                study.Interventions[0].TissueSource,
                study.Interventions[0].DonorOrigin,
                study.Interventions[0].DeliveryRoutes)]
            : study.Interventions.Select(_ => new Intervention(null)).ToArray();
        return new Study(
            study.Id,
            FhirText.Clean(study.Title),
            study.Disease,
            institutions: study.Institutions.Select(i => new Institution(FhirText.Clean(i.Name), i.Country)).Distinct(),
            courses: study.Courses,
            phase: study.Phase,
            status: status,
            enrollment: study.Enrollment,
            enrollmentActuality: study.EnrollmentActuality,
            startDate: study.StartDate,
            completionDate: study.CompletionDate,
            registryIdentifiers: study.RegistryIdentifiers,
            interventions: interventions,
            sourceIds: study.SourceIds.Distinct(StringComparer.Ordinal),
            notes: study.Notes is null ? null : FhirText.Clean(study.Notes));
    }

    private static ResearchStudy ToResearchStudy(Study study, Dictionary<string, Source> sourcesById)
    {
        var researchStudy = new ResearchStudy { Id = study.Id, Title = FhirText.Clean(study.Title) };
        foreach (var identifier in study.RegistryIdentifiers)
        {
            researchStudy.Identifier.Add(ToIdentifier(identifier));
        }

        researchStudy.StatusElement = new Code<ResearchStudy.ResearchStudyStatus> { JsonValue = FhirConceptMaps.ForStatus(study.Status).FhirCode };

        if (study.Phase is not null)
        {
            researchStudy.Phase = Concept(study.Phase, ownSystem: false);
        }

        researchStudy.Condition.Add(Concept(study.Disease, ownSystem: true));
        foreach (var course in study.Courses)
        {
            researchStudy.Condition.Add(Concept(course, ownSystem: true));
        }

        foreach (var keyword in Keywords(study))
        {
            researchStudy.Keyword.Add(Concept(keyword, ownSystem: true));
        }

        if (study.StartDate is not null || study.CompletionDate is not null)
        {
            researchStudy.Period = new Period { Start = study.StartDate?.ToString(), End = study.CompletionDate?.ToString() };
        }

        for (var i = 0; i < study.Interventions.Length; i++)
        {
            researchStudy.Arm.Add(new ResearchStudy.ArmComponent
            {
                Name = $"Intervention {(i + 1).ToString(CultureInfo.InvariantCulture)}",
                Description = FhirText.Clean(Describe(study.Interventions[i])),
            });
        }

        foreach (var sourceId in study.SourceIds)
        {
            researchStudy.RelatedArtifact.Add(Citation(sourceId, sourcesById.GetValueOrDefault(sourceId)));
        }

        if (study.Notes is not null)
        {
            researchStudy.Note.Add(new Annotation { Text = new Markdown(FhirText.Clean(study.Notes)) });
        }

        return researchStudy;
    }

    private static Identifier ToIdentifier(RegistryIdentifier identifier)
    {
        if (identifier.Registry == Registry.ClinicalTrialsGov)
        {
            return new Identifier(FhirSystems.ClinicalTrialsGovNctId, identifier.Value);
        }

        if (identifier.Registry == Registry.Isrctn)
        {
            return new Identifier(FhirSystems.Isrctn, identifier.Value);
        }

        return new Identifier { Value = identifier.Value, Type = new CodeableConcept { Text = FhirSystems.EudraCTIdentifierType } };
    }

    /// <summary>The study's cell types, tissues, donor origins and routes, each once, in the order the interventions name them.</summary>
    private static List<IVocabularyTerm> Keywords(Study study)
    {
        var keywords = new List<IVocabularyTerm>();
        void Add(IVocabularyTerm? term)
        {
            if (term is not null && !keywords.Contains(term))
            {
                keywords.Add(term);
            }
        }

        foreach (var intervention in study.Interventions)
        {
            Add(intervention.StemCellType);
            Add(intervention.TissueSource);
            Add(intervention.DonorOrigin);
            foreach (var route in intervention.DeliveryRoutes)
            {
                Add(route);
            }
        }

        return keywords;
    }

    /// <summary>A concept with the library's own coding (when asked) and every verified coding whose system FHIR registers.</summary>
    internal static CodeableConcept Concept(IVocabularyTerm term, bool ownSystem)
    {
        var concept = new CodeableConcept { Text = term.DisplayName };
        if (ownSystem)
        {
            concept.Coding.Add(new Coding(FhirSystems.VocabularyBase + term.VocabularyName, term.Code, term.DisplayName));
        }

        foreach (var coding in FhirCodings.For(term))
        {
            concept.Coding.Add(new Coding(coding.System, coding.Code, coding.Display));
        }

        return concept;
    }

    private static string Describe(Intervention intervention)
    {
        var text = new StringBuilder(intervention.StemCellType?.DisplayName ?? "Stem cells of an unstated type");
        if (intervention.DonorOrigin is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", {intervention.DonorOrigin.DisplayName.ToLowerInvariant()}");
        }

        if (intervention.TissueSource is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", from {intervention.TissueSource.DisplayName.ToLowerInvariant()}");
        }

        if (!intervention.DeliveryRoutes.IsEmpty)
        {
            text.Append(CultureInfo.InvariantCulture, $", {string.Join(" and ", intervention.DeliveryRoutes.Select(r => r.DisplayName.ToLowerInvariant()))}");
        }

        if (intervention.ConditioningRegimen is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", after {intervention.ConditioningRegimen}");
        }

        return text.Append('.').ToString();
    }

    private static RelatedArtifact Citation(string sourceId, Source? source)
    {
        var artifact = new RelatedArtifact { Type = RelatedArtifact.RelatedArtifactType.Citation, Label = sourceId };
        if (source is null)
        {
            return artifact;
        }

        artifact.Display = FhirText.Clean(source.Title);
        var citation = new StringBuilder();
        if (!source.Authors.IsEmpty)
        {
            citation.Append(string.Join(", ", source.Authors)).Append(". ");
        }

        citation.Append(source.Title.TrimEnd('.')).Append('.');
        if (source.Publisher is not null)
        {
            citation.Append(' ').Append(source.Publisher).Append('.');
        }

        if (source.PublicationDate is { } date)
        {
            citation.Append(' ').Append(date.ToString()).Append('.');
        }

        if (source.Locator is { } locator)
        {
            citation.Append(' ').Append(locator.Kind == SourceLocatorKind.Doi ? $"doi:{locator.Value}" : locator.Value);
            artifact.Url = locator.ToString();
        }

        artifact.Citation = FhirText.Clean(citation.ToString());
        return artifact;
    }

    private static ResourceReference Reference(string type, string id) => new(FullUrl(type, id));

    private static Extension AbsentReason(string code) => new(FhirSystems.DataAbsentReasonExtension, new Code(code));

    private static FhirBoolean AbsentBoolean(string code)
    {
        var element = new FhirBoolean();
        element.Extension.Add(AbsentReason(code));
        return element;
    }

    /// <summary>A name-based UUID (RFC 9562 version 8, from SHA-256) of the resource type and id, so the same bundle is written every time.</summary>
    private static string FullUrl(string type, string id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"stemcell-domain/{type}/{id}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(bytes, bigEndian: true).ToString();
    }
}
