using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Group = Hl7.Fhir.Model.Group;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Fhir;

/// <summary>Reads FHIR R4 <c>ResearchStudy</c> JSON, alone or in a <c>Bundle</c>, back into <see cref="Study"/> values.</summary>
/// <remarks>
/// <para>
/// Import is strict by default: every deviation from R4 or from what the library can represent is an error at its
/// FHIRPath-style location, and a ResearchStudy with an error gives no study. The <see cref="FhirImportOptions.Lenient"/> options read
/// the deviations seen in published converters' output (<see cref="FhirImportOptions.IsLenient"/> lists them) with a
/// warning instead. A condition that is not a disease the library knows stays an error: a <see cref="Study"/> is of MS
/// or ALS.
/// </para>
/// <para>
/// Terms are recognised by the library's own codings first (<see cref="FhirSystems.VocabularyBase"/>), then by the
/// verified external codings the export writes (SNOMED CT, ICD-10-CM, MeSH, MONDO and others); when the codings of one
/// concept point at different terms, the term they all share is taken.
/// </para>
/// </remarks>
public static class FhirImporter
{
    private static readonly Regex SlugPattern = new(@"\A[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Imports FHIR R4 JSON strictly and returns the studies, or throws listing every problem.</summary>
    /// <param name="json">A ResearchStudy or a Bundle of them.</param>
    /// <returns>The studies, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FhirImportException">The input has errors; the exception lists them, located.</exception>
    public static ImmutableArray<Study> ImportStudies(string json) => Import(json, FhirImportOptions.Strict).GetStudiesOrThrow();

    /// <summary>Imports FHIR R4 JSON, reporting every problem instead of throwing.</summary>
    /// <param name="json">A ResearchStudy or a Bundle of them.</param>
    /// <param name="options">Strict (null is strict) or lenient.</param>
    /// <returns>The studies read and the located errors and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static FhirImportResult Import(string json, FhirImportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= FhirImportOptions.Strict;
        var problems = new Problems(options.IsLenient);
        Resource? resource;
        IEnumerable<CodedException> issues;
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            new FhirJsonDeserializer(new DeserializerSettings()).TryDeserializeResource(ref reader, out resource, out issues);
        }
        catch (JsonException exception)
        {
            problems.Error("", $"The input is not JSON: {exception.Message}");
            return problems.ToResult([]);
        }

        foreach (var issue in issues)
        {
            var path = issue is ExtendedCodedException located && located.InstancePath is { } instancePath ? instancePath : "";
            var message = issue is ExtendedCodedException extended ? extended.BaseErrorMessage : issue.Message;
            problems.Relaxable(path, $"Not valid FHIR R4 ({issue.ErrorCode}): {message}");
        }

        return resource is null ? problems.ToResult([]) : Import(resource, problems);
    }

    /// <summary>Imports a ResearchStudy or a Bundle of them that is already parsed.</summary>
    /// <param name="resource">A ResearchStudy or a Bundle.</param>
    /// <param name="options">Strict (null is strict) or lenient.</param>
    /// <returns>The studies read and the located errors and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resource"/> is null.</exception>
    public static FhirImportResult Import(Resource resource, FhirImportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return Import(resource, new Problems((options ?? FhirImportOptions.Strict).IsLenient));
    }

    private static FhirImportResult Import(Resource resource, Problems problems)
    {
        var studies = ImmutableArray.CreateBuilder<Study>();
        switch (resource)
        {
            case ResearchStudy researchStudy:
                AddStudy(studies, new StudyReader(researchStudy, "ResearchStudy", new Resolver(null), problems, 1).Read());
                break;
            case Bundle bundle:
                var resolver = new Resolver(bundle);
                var position = 0;
                for (var i = 0; i < bundle.Entry.Count; i++)
                {
                    if (bundle.Entry[i].Resource is ResearchStudy study)
                    {
                        position++;
                        var path = $"Bundle.entry[{i}].resource";
                        var read = new StudyReader(study, path, resolver, problems, position).Read();
                        if (read is not null && studies.Any(s => s.Id == read.Id))
                        {
                            // Two studies of one id cannot stand in one dataset; which one is meant cannot be told.
                            problems.Error($"{path}.id", $"The study id '{read.Id}' is already that of an earlier ResearchStudy of the bundle; a study is given once.");
                            continue;
                        }

                        AddStudy(studies, read);
                    }
                }

                if (position == 0)
                {
                    problems.Warning("Bundle", "The bundle has no ResearchStudy entry, so no study.");
                }

                break;
            default:
                problems.Error(resource.TypeName, $"Expected a ResearchStudy or a Bundle of them, not a {resource.TypeName}.");
                break;
        }

        return problems.ToResult(studies.ToImmutable());
    }

    private static void AddStudy(ImmutableArray<Study>.Builder studies, Study? study)
    {
        if (study is not null)
        {
            studies.Add(study);
        }
    }

    private static bool IsSlug(string? id) => id is { Length: > 0 and <= 100 } && SlugPattern.IsMatch(id);

    /// <summary>Collects errors and warnings; a relaxable problem is an error in a strict import and a warning in a lenient one.</summary>
    private sealed class Problems(bool lenient)
    {
        private readonly List<ValidationProblem> _errors = [];
        private readonly List<ValidationProblem> _warnings = [];

        public bool Lenient => lenient;

        public int ErrorCount => _errors.Count;

        /// <summary>Whether an error lies at or below a location, whoever found it (the Firely parser or this importer).</summary>
        public bool HasErrorAt(string path) =>
            _errors.Exists(e => e.Path == path || e.Path.StartsWith(path + ".", StringComparison.Ordinal) || e.Path.StartsWith(path + "[", StringComparison.Ordinal));

        public void Error(string path, string message) => _errors.Add(new ValidationProblem(path, message));

        public void Warning(string path, string message) => _warnings.Add(new ValidationProblem(path, message));

        /// <summary>Adds a problem that a lenient import reads past; returns true when it is only a warning.</summary>
        public bool Relaxable(string path, string message)
        {
            if (lenient)
            {
                Warning(path, message);
                return true;
            }

            Error(path, message);
            return false;
        }

        public FhirImportResult ToResult(ImmutableArray<Study> studies) => new(studies, [.. _errors], [.. _warnings]);
    }

    /// <summary>Finds the resources a reference points at: bundle entries by full URL or type and id, and contained resources.</summary>
    private sealed class Resolver
    {
        private readonly Dictionary<string, (Resource Resource, string Path)> _byReference = new(StringComparer.Ordinal);

        public Resolver(Bundle? bundle)
        {
            if (bundle is null)
            {
                return;
            }

            for (var i = 0; i < bundle.Entry.Count; i++)
            {
                var entry = bundle.Entry[i];
                if (entry.Resource is null)
                {
                    continue;
                }

                var path = $"Bundle.entry[{i}].resource";
                if (entry.FullUrl is { } fullUrl)
                {
                    _byReference.TryAdd(fullUrl, (entry.Resource, path));
                }

                if (entry.Resource.Id is { } id)
                {
                    _byReference.TryAdd($"{entry.Resource.TypeName}/{id}", (entry.Resource, path));
                }
            }
        }

        public (Resource Resource, string Path)? Resolve(ResourceReference? reference, DomainResource container, string containerPath)
        {
            if (reference?.Reference is not { } target)
            {
                return null;
            }

            if (target.StartsWith('#'))
            {
                for (var i = 0; i < container.Contained.Count; i++)
                {
                    if (container.Contained[i].Id == target[1..])
                    {
                        return (container.Contained[i], $"{containerPath}.contained[{i}]");
                    }
                }

                return null;
            }

            return _byReference.TryGetValue(target, out var found) ? found : null;
        }
    }

    private sealed class StudyReader(ResearchStudy study, string path, Resolver resolver, Problems problems, int position)
    {
        // Errors found while reading this study, in it or in a resource it references, and the parser's errors inside it.
        private readonly int _errorsBefore = problems.ErrorCount;

        public Study? Read()
        {
            var identifiers = ReadIdentifiers();
            var id = ReadId(identifiers);
            var title = ReadTitle(id);
            var status = ReadStatus();
            var phase = ReadPhase();
            var (disease, courses) = ReadConditions();
            var keywords = ReadKeywords();
            var (start, completion) = ReadPeriod();
            var institutions = ReadInstitutions();
            var (enrollment, actuality) = ReadEnrollment();
            var interventions = ReadArms(keywords);
            var sourceIds = ReadSourceIds();
            var notes = study.Note.Count == 0 ? null : string.Join("\n\n", study.Note.Select(n => n.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
            ReportNotCarried();

            if (problems.ErrorCount > _errorsBefore || problems.HasErrorAt(path) || id is null || title is null || disease is null)
            {
                return null;
            }

            try
            {
                return new Study(
                    id,
                    title,
                    disease,
                    institutions: institutions,
                    courses: courses,
                    phase: phase,
                    status: status,
                    enrollment: enrollment,
                    enrollmentActuality: enrollment is null ? null : actuality,
                    startDate: start,
                    completionDate: completion,
                    registryIdentifiers: identifiers,
                    interventions: interventions,
                    sourceIds: sourceIds,
                    notes: string.IsNullOrWhiteSpace(notes) ? null : notes.Trim());
            }
            catch (ArgumentException exception)
            {
                problems.Error(path, $"The values read do not make a study: {exception.Message}");
                return null;
            }
        }

        private List<RegistryIdentifier> ReadIdentifiers()
        {
            var identifiers = new List<RegistryIdentifier>();
            for (var i = 0; i < study.Identifier.Count; i++)
            {
                var identifier = study.Identifier[i];
                var at = $"{path}.identifier[{i}]";
                Registry? registry = identifier.System switch
                {
                    FhirSystems.ClinicalTrialsGovNctId => Registry.ClinicalTrialsGov,
                    FhirSystems.Isrctn => Registry.Isrctn,
                    null when identifier.Type?.Text == FhirSystems.EudraCTIdentifierType => Registry.EudraCT,
                    _ => null,
                };
                if (identifier.System == FhirSystems.RetiredClinicalTrialsGov
                    && problems.Relaxable($"{at}.system", $"'{FhirSystems.RetiredClinicalTrialsGov}' was retired by HL7 Terminology on 2026-02-09; NCT numbers use '{FhirSystems.ClinicalTrialsGovNctId}'."))
                {
                    registry = Registry.ClinicalTrialsGov;
                }

                if (registry is null)
                {
                    if (identifier.System != FhirSystems.RetiredClinicalTrialsGov)
                    {
                        problems.Warning(at, $"The identifier system '{identifier.System}' is not a registry the library knows; the identifier is not carried.");
                    }

                    continue;
                }

                if (RegistryIdentifier.TryCreate(registry, identifier.Value, out var registryIdentifier, out var identifierProblems))
                {
                    identifiers.Add(registryIdentifier);
                }
                else
                {
                    problems.Error($"{at}.value", string.Join(" ", identifierProblems.Select(p => p.Message)));
                }
            }

            return identifiers;
        }

        private string? ReadId(List<RegistryIdentifier> identifiers)
        {
            if (IsSlug(study.Id))
            {
                return study.Id;
            }

            var fallback = identifiers.Count > 0 ? identifiers[0].Value.ToLowerInvariant() : $"study-{position}";
            var problem = study.Id is null
                ? "The ResearchStudy has no id; a study needs one."
                : $"The id '{study.Id}' is not a study id: expected lower-case letters and digits in words joined by single hyphens.";
            return problems.Relaxable($"{path}.id", problems.Lenient ? $"{problem} Read as '{fallback}'." : problem) ? fallback : null;
        }

        private string? ReadTitle(string? id)
        {
            if (!string.IsNullOrWhiteSpace(study.Title))
            {
                return study.Title.Trim();
            }

            return problems.Relaxable($"{path}.title", "The ResearchStudy has no title; a study needs one." + (problems.Lenient ? $" Read as '{id}'." : "")) ? id : null;
        }

        private StudyStatus? ReadStatus()
        {
            var element = study.StatusElement;
            var at = $"{path}.status";
            if (element?.JsonValue is string code)
            {
                if (FhirConceptMaps.StatusesByFhirCode.TryGetValue(code, out var status))
                {
                    if (status is null)
                    {
                        problems.Warning(at, $"'{code}' has no study status in the library; the study is read without one.");
                    }
                    else if (code is "closed-to-accrual-and-intervention" or "temporarily-closed-to-accrual-and-intervention")
                    {
                        problems.Warning(at, $"'{code}' is read as the nearest study status, '{status.Code}'.");
                    }

                    return status;
                }

                problems.Relaxable(at, $"'{code}' is not an R4 research-study-status code." + (problems.Lenient ? " The study is read without a status." : ""));
                return null;
            }

            problems.Relaxable(at, "The status is missing; R4 requires one." + (problems.Lenient ? " The study is read without a status." : ""));
            return null;
        }

        private TrialPhase? ReadPhase()
        {
            if (study.Phase is not { } concept)
            {
                return null;
            }

            var at = $"{path}.phase";
            CheckSystems(concept, at);
            for (var i = 0; i < concept.Coding.Count; i++)
            {
                var coding = concept.Coding[i];
                if (coding.System != FhirSystems.ResearchStudyPhase)
                {
                    continue;
                }

                if (FhirConceptMaps.TryFromFhirPhase(coding.Code, out var phase))
                {
                    return phase;
                }

                if (FhirConceptMaps.TryFromPhaseText(coding.Code, out var fromText) || FhirConceptMaps.TryFromPhaseText(coding.Display, out fromText))
                {
                    return problems.Relaxable(
                        $"{at}.coding[{i}].code",
                        $"'{coding.Code}' is not a research-study-phase code; it is the display text of '{fromText.FhirCode}'." + (problems.Lenient ? $" Read as '{fromText.Code}'." : ""))
                        ? fromText
                        : null;
                }

                problems.Error($"{at}.coding[{i}].code", $"'{coding.Code}' is not a research-study-phase code. Expected one of: {string.Join(", ", TrialPhase.All.Select(p => p.FhirCode))}.");
                return null;
            }

            if (FhirConceptMaps.TryFromPhaseText(concept.Text, out var textPhase))
            {
                return problems.Relaxable(at, $"The phase has no research-study-phase coding, only the text '{concept.Text}'." + (problems.Lenient ? $" Read as '{textPhase.Code}'." : ""))
                    ? textPhase
                    : null;
            }

            problems.Error(at, "The phase has no research-study-phase coding and no text that names a phase.");
            return null;
        }

        private (Disease? Disease, List<DiseaseCourse> Courses) ReadConditions()
        {
            Disease? disease = null;
            var courses = new List<DiseaseCourse>();
            var unknown = new List<(string Path, string Text)>();
            for (var i = 0; i < study.Condition.Count; i++)
            {
                var concept = study.Condition[i];
                var at = $"{path}.condition[{i}]";
                CheckSystems(concept, at);
                var term = Match(concept, at, [.. Disease.All, .. DiseaseCourse.All]);
                switch (term)
                {
                    case Disease found when disease is null:
                        disease = found;
                        break;
                    case Disease found:
                        problems.Error(at, $"A study is of one disease; this condition is '{found.Code}' after '{disease.Code}'.");
                        break;
                    case DiseaseCourse course:
                        courses.Add(course);
                        break;
                    default:
                        unknown.Add((at, concept.Text ?? string.Join(", ", concept.Coding.Select(c => $"{c.System}|{c.Code}"))));
                        break;
                }
            }

            if (disease is null && courses.Count > 0)
            {
                disease = courses[0].Disease;
            }

            if (disease is null)
            {
                var where = unknown.Count > 0 ? unknown[0].Path : $"{path}.condition";
                var named = unknown.Count > 0 ? $" ('{unknown[0].Text}')" : "";
                problems.Error(where, $"No condition{named} is a disease the library knows; a study is of multiple sclerosis or amyotrophic lateral sclerosis, so this one cannot be read, leniently or not.");
                foreach (var (at, text) in unknown.Skip(1))
                {
                    problems.Warning(at, $"'{text}' is not a disease or course the library knows; not carried.");
                }
            }
            else
            {
                foreach (var (at, text) in unknown)
                {
                    problems.Relaxable(at, $"'{text}' is not a disease or course the library knows." + (problems.Lenient ? " Not carried." : ""));
                }
            }

            return (disease, courses);
        }

        private List<IVocabularyTerm> ReadKeywords()
        {
            var terms = new List<IVocabularyTerm>();
            for (var i = 0; i < study.Keyword.Count; i++)
            {
                var at = $"{path}.keyword[{i}]";
                CheckSystems(study.Keyword[i], at);
                var term = Match(study.Keyword[i], at, [.. StemCellType.All, .. TissueSource.All, .. DonorOrigin.All, .. DeliveryRoute.All]);
                if (term is null)
                {
                    problems.Warning(at, $"The keyword '{study.Keyword[i].Text}' is not a cell type, tissue, donor origin or route the library knows; not carried.");
                }
                else
                {
                    terms.Add(term);
                }
            }

            return terms;
        }

        private (PartialDate? Start, PartialDate? End) ReadPeriod()
        {
            if (study.Period is not { } period)
            {
                return (null, null);
            }

            return (ReadDate(period.Start, $"{path}.period.start"), ReadDate(period.End, $"{path}.period.end"));
        }

        private PartialDate? ReadDate(string? text, string at)
        {
            if (text is null)
            {
                return null;
            }

            var date = text;
            var time = text.IndexOf('T', StringComparison.Ordinal);
            if (time >= 0)
            {
                date = text[..time];
                problems.Warning(at, $"'{text}' has a time of day; the study keeps the date '{date}' as written.");
            }

            if (PartialDate.TryParse(date, out var value))
            {
                return value;
            }

            problems.Error(at, $"'{text}' is not a date: expected a year, year and month, or full date such as 2023, 2023-05 or 2023-05-14.");
            return null;
        }

        private List<Institution> ReadInstitutions()
        {
            var institutions = new List<Institution>();
            for (var i = 0; i < study.Site.Count; i++)
            {
                var at = $"{path}.site[{i}]";
                if (Resolve<Location>(study.Site[i], at) is not { } location)
                {
                    continue;
                }

                if (location.Resource.ManagingOrganization is null)
                {
                    problems.Warning(at, $"The site '{location.Resource.Name}' names no managing organization; not carried as an institution.");
                    continue;
                }

                AddInstitution(institutions, Resolve<Organization>(location.Resource.ManagingOrganization, $"{location.Path}.managingOrganization"));
            }

            if (institutions.Count == 0 && study.Sponsor is not null)
            {
                AddInstitution(institutions, Resolve<Organization>(study.Sponsor, $"{path}.sponsor"));
            }

            return institutions;
        }

        private void AddInstitution(List<Institution> institutions, (Organization Resource, string Path)? organization)
        {
            if (organization is not { } found)
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(found.Resource.Name))
            {
                problems.Relaxable($"{found.Path}.name", "The organization has no name; an institution needs one." + (problems.Lenient ? " Not carried." : ""));
                return;
            }

            var country = found.Resource.Address.Select(a => a.Country).FirstOrDefault(c => c is not null);
            if (country is not null && !(country.Length == 2 && char.IsAsciiLetterUpper(country[0]) && char.IsAsciiLetterUpper(country[1])))
            {
                problems.Warning($"{found.Path}.address.country", $"'{country}' is not an ISO 3166-1 alpha-2 code; the institution is read without a country.");
                country = null;
            }

            var institution = new Institution(found.Resource.Name.Trim(), country);
            if (!institutions.Contains(institution))
            {
                institutions.Add(institution);
            }
        }

        private (int? Count, Actuality? Actuality) ReadEnrollment()
        {
            if (study.Enrollment.Count == 0)
            {
                return (null, null);
            }

            if (study.Enrollment.Count > 1)
            {
                problems.Warning($"{path}.enrollment", $"The study has {study.Enrollment.Count} enrollment groups; the first is read.");
            }

            if (Resolve<Group>(study.Enrollment[0], $"{path}.enrollment[0]") is not { } group)
            {
                return (null, null);
            }

            var quantity = group.Resource.Quantity;
            if (quantity is null)
            {
                problems.Warning($"{group.Path}.quantity", "The enrollment group has no quantity; the study is read without an enrollment.");
                return (null, null);
            }

            if (quantity < 0)
            {
                problems.Error($"{group.Path}.quantity", $"{quantity} is not a count of participants.");
                return (null, null);
            }

            Actuality? actuality = group.Resource.Actual switch
            {
                true => Model.Actuality.Actual,
                false => Model.Actuality.Estimated,
                null => null,
            };
            return (quantity, actuality);
        }

        private List<Intervention> ReadArms(List<IVocabularyTerm> keywords)
        {
            for (var i = 0; i < study.Arm.Count; i++)
            {
                if (study.Arm[i].Type is { } type)
                {
                    CheckSystems(type, $"{path}.arm[{i}].type");
                }
            }

            if (study.Arm.Count != 1)
            {
                if (study.Arm.Count == 0 && keywords.Count > 0)
                {
                    problems.Warning($"{path}.keyword", "The study has keywords for cells or routes but no arm, so no intervention to give them to; not carried.");
                }

                return [.. study.Arm.Select(_ => new Intervention(null))];
            }

            var at = $"{path}.keyword";
            var cellType = Single<StemCellType>(keywords, at, "cell type");
            var tissue = Single<TissueSource>(keywords, at, "tissue");
            var donor = Single<DonorOrigin>(keywords, at, "donor origin");
            return [new Intervention(cellType, tissue, donor, keywords.OfType<DeliveryRoute>())];
        }

        private T? Single<T>(List<IVocabularyTerm> keywords, string at, string what)
            where T : class, IVocabularyTerm
        {
            var found = keywords.OfType<T>().ToList();
            if (found.Count > 1)
            {
                problems.Warning(at, $"The keywords name {found.Count} values of {what} for one arm; the arm is read without one.");
                return null;
            }

            return found.Count == 1 ? found[0] : null;
        }

        private List<string> ReadSourceIds()
        {
            var ids = new List<string>();
            for (var i = 0; i < study.RelatedArtifact.Count; i++)
            {
                var artifact = study.RelatedArtifact[i];
                if (IsSlug(artifact.Label) && !ids.Contains(artifact.Label!))
                {
                    ids.Add(artifact.Label!);
                }
                else
                {
                    problems.Warning($"{path}.relatedArtifact[{i}].label", $"The label '{artifact.Label}' is not a source id; the artifact is not carried.");
                }
            }

            return ids;
        }

        private void ReportNotCarried()
        {
            void Report(bool present, string element)
            {
                if (present)
                {
                    problems.Warning($"{path}.{element}", "The library's study has no such value; not carried.");
                }
            }

            Report(study.Protocol.Count > 0, "protocol");
            Report(study.PartOf.Count > 0, "partOf");
            Report(study.PrimaryPurposeType is not null, "primaryPurposeType");
            Report(study.Category.Count > 0, "category");
            Report(study.Focus.Count > 0, "focus");
            Report(study.Contact.Count > 0, "contact");
            Report(study.Location.Count > 0, "location");
            Report(study.Description is not null, "description");
            Report(study.PrincipalInvestigator is not null, "principalInvestigator");
            Report(study.ReasonStopped is not null, "reasonStopped");
            Report(study.Objective.Count > 0, "objective");
        }

        private void CheckSystems(CodeableConcept concept, string at)
        {
            for (var i = 0; i < concept.Coding.Count; i++)
            {
                if (concept.Coding[i].System is null && concept.Coding[i].Code is not null)
                {
                    problems.Relaxable($"{at}.coding[{i}].system", $"The coding '{concept.Coding[i].Code}' has no system, so its code means nothing outside the sender." + (problems.Lenient ? " Ignored." : ""));
                }
            }
        }

        private (T Resource, string Path)? Resolve<T>(ResourceReference reference, string at)
            where T : Resource
        {
            var resolved = resolver.Resolve(reference, study, path);
            if (resolved is { Resource: T resource } found)
            {
                return (resource, found.Path);
            }

            var problem = resolved is null
                ? $"The reference '{reference.Reference}' resolves to no {typeof(T).Name} in the input."
                : $"The reference '{reference.Reference}' is to a {resolved.Value.Resource.TypeName}, not a {typeof(T).Name}.";
            problems.Relaxable(at, problem + (problems.Lenient ? " Not carried." : ""));
            return null;
        }

        /// <summary>Finds the term a concept names: by the library's own coding, then by the external codings all pointing at one term, then (leniently) by text.</summary>
        private IVocabularyTerm? Match(CodeableConcept concept, string at, IVocabularyTerm[] candidates)
        {
            foreach (var coding in concept.Coding)
            {
                var own = candidates.FirstOrDefault(t => coding.System == FhirSystems.VocabularyBase + t.VocabularyName && coding.Code == t.Code);
                if (own is not null)
                {
                    return own;
                }
            }

            HashSet<IVocabularyTerm>? shared = null;
            foreach (var coding in concept.Coding)
            {
                var matching = candidates
                    .Where(t => FhirCodings.For(t).Any(c => c.System == coding.System && c.Code == coding.Code))
                    .ToHashSet();
                if (matching.Count > 0)
                {
                    shared = shared is null ? matching : [.. shared.Intersect(matching)];
                }
            }

            if (shared is { Count: 1 })
            {
                return shared.First();
            }

            if (concept.Text is { } text)
            {
                var byText = candidates.FirstOrDefault(t =>
                    string.Equals(t.DisplayName, text.Trim(), StringComparison.OrdinalIgnoreCase)
                    || t.Synonyms.Any(s => string.Equals(s, text.Trim(), StringComparison.OrdinalIgnoreCase)));
                if (byText is not null
                    && problems.Relaxable(at, $"'{text}' names the {byText.VocabularyName} '{byText.Code}' only as text, with no coding the library knows." + (problems.Lenient ? " Read as that term." : "")))
                {
                    return byText;
                }
            }

            return null;
        }
    }
}
