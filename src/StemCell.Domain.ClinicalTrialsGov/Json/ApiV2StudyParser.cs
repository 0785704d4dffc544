using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace StemCell.Domain.ClinicalTrialsGov.Json;

/// <summary>
/// Reads one API v2 Study object into a <see cref="ClinicalTrialsGovReadResult"/> in a single pass over the tokens:
/// the fields the record has are read, everything else (unknown properties and modules, <c>resultsSection</c>,
/// <c>documentSection</c>) is skipped token by token without being built. Every problem in the study is collected
/// with its JSON path; a study with any problem gives an error result, never a half-built record.
/// </summary>
/// <remarks>One parser reads many studies, one after another, reusing its scratch lists; it is not thread-safe.</remarks>
internal sealed class ApiV2StudyParser
{
    private const int MaxQuotedLength = 60;

    private readonly JsonPathStack _path = new();
    private readonly List<string> _problems = [];
    private readonly List<string> _warnings = [];
    private readonly List<string> _strings = [];
    private readonly List<ClinicalTrialsGovSecondaryId> _secondaryIds = [];
    private readonly List<ClinicalTrialsGovOrganization> _organizations = [];
    private readonly List<ClinicalTrialsGovMeshTerm> _meshTerms = [];
    private readonly List<ClinicalTrialsGovArm> _arms = [];
    private readonly List<ClinicalTrialsGovIntervention> _interventions = [];
    private readonly List<ClinicalTrialsGovOutcome> _outcomes = [];
    private readonly List<ClinicalTrialsGovLocation> _locations = [];
    private readonly List<ClinicalTrialsGovReference> _references = [];
    private Draft _draft = new();

    /// <summary>Gets where the parser is; the document reader puts a study's own path on it before the study is read.</summary>
    internal JsonPathStack Path => _path;

    /// <summary>Reads a study whose path is already on the stack.</summary>
    /// <param name="c">At the study's <c>StartObject</c>, or at its first property name when the caller has looked at it; left at its <c>EndObject</c>.</param>
    /// <param name="source">The result's source.</param>
    /// <param name="position">The result's position.</param>
    internal ClinicalTrialsGovReadResult Parse(ref JsonCursor c, string source, int position)
    {
        _draft = new Draft();
        _problems.Clear();
        _warnings.Clear();
        var atProperty = c.TokenType == JsonTokenType.PropertyName;
        while (atProperty || NextProperty(ref c))
        {
            atProperty = false;
            if (c.ValueTextEquals("protocolSection"u8))
            {
                ProtocolSection(ref c);
            }
            else if (c.ValueTextEquals("derivedSection"u8))
            {
                DerivedSection(ref c);
            }
            else if (c.ValueTextEquals("hasResults"u8))
            {
                _draft.HasResults = Boolean(ref c, "hasResults");
            }
            else
            {
                // resultsSection, annotationSection, documentSection, and whatever the registry adds.
                c.Skip();
            }
        }

        if (_draft.NctId is null && !_draft.SawNctId)
        {
            Problem("no NCT number (protocolSection.identificationModule.nctId); every study has one");
        }

        var warnings = _warnings.Count == 0 ? [] : _warnings.ToImmutableArray();
        if (_problems.Count > 0)
        {
            return new ClinicalTrialsGovReadResult
            {
                Source = source,
                Position = position,
                NctId = _draft.NctId,
                Error = string.Join("; ", _problems),
                Warnings = warnings,
            };
        }

        return new ClinicalTrialsGovReadResult
        {
            Source = source,
            Position = position,
            NctId = _draft.NctId,
            Record = _draft.ToRecord(),
            Warnings = warnings,
        };
    }

    /// <summary>Makes an error result for an element of a list of studies that is not an object at all.</summary>
    internal ClinicalTrialsGovReadResult NotAStudy(ref JsonCursor c, string source, int position)
    {
        var message = $"{_path}: expected a study (a JSON object), found {Describe(ref c)}";
        c.Skip();
        return new ClinicalTrialsGovReadResult { Source = source, Position = position, Error = message };
    }

    private void ProtocolSection(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "protocolSection"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("identificationModule"u8))
            {
                IdentificationModule(ref c);
            }
            else if (c.ValueTextEquals("statusModule"u8))
            {
                StatusModule(ref c);
            }
            else if (c.ValueTextEquals("sponsorCollaboratorsModule"u8))
            {
                SponsorCollaboratorsModule(ref c);
            }
            else if (c.ValueTextEquals("descriptionModule"u8))
            {
                DescriptionModule(ref c);
            }
            else if (c.ValueTextEquals("conditionsModule"u8))
            {
                ConditionsModule(ref c);
            }
            else if (c.ValueTextEquals("designModule"u8))
            {
                DesignModule(ref c);
            }
            else if (c.ValueTextEquals("armsInterventionsModule"u8))
            {
                ArmsInterventionsModule(ref c);
            }
            else if (c.ValueTextEquals("outcomesModule"u8))
            {
                OutcomesModule(ref c);
            }
            else if (c.ValueTextEquals("eligibilityModule"u8))
            {
                EligibilityModule(ref c);
            }
            else if (c.ValueTextEquals("contactsLocationsModule"u8))
            {
                ContactsLocationsModule(ref c);
            }
            else if (c.ValueTextEquals("referencesModule"u8))
            {
                ReferencesModule(ref c);
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private void IdentificationModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "identificationModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("nctId"u8))
            {
                _draft.SawNctId = true;
                _draft.NctId = NctId(ref c);
            }
            else if (c.ValueTextEquals("nctIdAliases"u8))
            {
                _draft.NctIdAliases = Texts(ref c, "nctIdAliases");
            }
            else if (c.ValueTextEquals("orgStudyIdInfo"u8))
            {
                if (BeginObject(ref c, "orgStudyIdInfo"))
                {
                    while (NextProperty(ref c))
                    {
                        if (c.ValueTextEquals("id"u8))
                        {
                            _draft.OrgStudyId = Text(ref c, "id");
                        }
                        else
                        {
                            c.Skip();
                        }
                    }

                    EndObject();
                }
            }
            else if (c.ValueTextEquals("secondaryIdInfos"u8))
            {
                _draft.SecondaryIds = SecondaryIds(ref c);
            }
            else if (c.ValueTextEquals("briefTitle"u8))
            {
                _draft.BriefTitle = Text(ref c, "briefTitle");
            }
            else if (c.ValueTextEquals("officialTitle"u8))
            {
                _draft.OfficialTitle = Text(ref c, "officialTitle");
            }
            else if (c.ValueTextEquals("acronym"u8))
            {
                _draft.Acronym = Text(ref c, "acronym");
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private ImmutableArray<ClinicalTrialsGovSecondaryId> SecondaryIds(ref JsonCursor c)
    {
        if (!BeginArray(ref c, "secondaryIdInfos"))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (!IsObject(ref c))
            {
                continue;
            }

            string? id = null, type = null, domain = null;
            var sawId = false;
            while (NextProperty(ref c))
            {
                if (c.ValueTextEquals("id"u8))
                {
                    sawId = true;
                    id = Text(ref c, "id", required: true);
                }
                else if (c.ValueTextEquals("type"u8))
                {
                    type = Code(ref c, "type", CodeTable.SecondaryIdType);
                }
                else if (c.ValueTextEquals("domain"u8))
                {
                    domain = Text(ref c, "domain");
                }
                else
                {
                    c.Skip();
                }
            }

            Require(sawId, "id");
            if (id is not null)
            {
                _secondaryIds.Add(new ClinicalTrialsGovSecondaryId(id, type, domain));
            }
        }

        return Drain(_secondaryIds);
    }

    private void StatusModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "statusModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("overallStatus"u8))
            {
                _draft.OverallStatus = Code(ref c, "overallStatus", CodeTable.Status);
            }
            else if (c.ValueTextEquals("lastKnownStatus"u8))
            {
                _draft.LastKnownStatus = Code(ref c, "lastKnownStatus", CodeTable.Status);
            }
            else if (c.ValueTextEquals("whyStopped"u8))
            {
                _draft.WhyStopped = Text(ref c, "whyStopped");
            }
            else if (c.ValueTextEquals("startDateStruct"u8))
            {
                _draft.StartDate = DateStruct(ref c, "startDateStruct");
            }
            else if (c.ValueTextEquals("primaryCompletionDateStruct"u8))
            {
                _draft.PrimaryCompletionDate = DateStruct(ref c, "primaryCompletionDateStruct");
            }
            else if (c.ValueTextEquals("completionDateStruct"u8))
            {
                _draft.CompletionDate = DateStruct(ref c, "completionDateStruct");
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private ClinicalTrialsGovDate? DateStruct(ref JsonCursor c, string name)
    {
        if (!BeginObject(ref c, name))
        {
            return null;
        }

        PartialDate? date = null;
        string? type = null;
        var sawDate = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("date"u8))
            {
                sawDate = true;
                date = Date(ref c, "date");
            }
            else if (c.ValueTextEquals("type"u8))
            {
                type = Code(ref c, "type", CodeTable.DateType);
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawDate, "date");
        EndObject();
        return date is { } value ? new ClinicalTrialsGovDate(value, type) : null;
    }

    private void SponsorCollaboratorsModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "sponsorCollaboratorsModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("leadSponsor"u8))
            {
                _path.Push("leadSponsor");
                c.Read();
                if (IsObject(ref c))
                {
                    _draft.LeadSponsor = Organization(ref c);
                }

                _path.Pop();
            }
            else if (c.ValueTextEquals("collaborators"u8))
            {
                if (BeginArray(ref c, "collaborators"))
                {
                    var index = -1;
                    while (NextElement(ref c, ref index))
                    {
                        if (IsObject(ref c) && Organization(ref c) is { } collaborator)
                        {
                            _organizations.Add(collaborator);
                        }
                    }

                    _draft.Collaborators = Drain(_organizations);
                }
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private ClinicalTrialsGovOrganization? Organization(ref JsonCursor c)
    {
        string? name = null, agencyClass = null;
        var sawName = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("name"u8))
            {
                sawName = true;
                name = Text(ref c, "name", required: true);
            }
            else if (c.ValueTextEquals("class"u8))
            {
                agencyClass = Code(ref c, "class", CodeTable.AgencyClass);
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawName, "name");
        return name is null ? null : new ClinicalTrialsGovOrganization(name, agencyClass);
    }

    private void DescriptionModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "descriptionModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("briefSummary"u8))
            {
                _draft.BriefSummary = Text(ref c, "briefSummary");
            }
            else if (c.ValueTextEquals("detailedDescription"u8))
            {
                _draft.DetailedDescription = Text(ref c, "detailedDescription");
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private void ConditionsModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "conditionsModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("conditions"u8))
            {
                _draft.Conditions = Texts(ref c, "conditions");
            }
            else if (c.ValueTextEquals("keywords"u8))
            {
                _draft.Keywords = Texts(ref c, "keywords");
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private void DesignModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "designModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("studyType"u8))
            {
                _draft.StudyType = Code(ref c, "studyType", CodeTable.StudyType);
            }
            else if (c.ValueTextEquals("phases"u8))
            {
                _draft.Phases = Phases(ref c);
            }
            else if (c.ValueTextEquals("designInfo"u8))
            {
                DesignInfo(ref c);
            }
            else if (c.ValueTextEquals("enrollmentInfo"u8))
            {
                EnrollmentInfo(ref c);
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private ImmutableArray<string> Phases(ref JsonCursor c)
    {
        if (!BeginArray(ref c, "phases"))
        {
            return [];
        }

        // A set in the registry's order of phases, whatever order the record lists them in; values the library
        // does not know come after, in the record's order.
        var known = 0;
        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (c.TokenType == JsonTokenType.Null)
            {
                TypeProblem(ref c, "a string");
            }
            else if (CodeValue(ref c, CodeTable.Phase) is { } phase)
            {
                if (CodeTable.Phase.IndexOf(phase) is >= 0 and var phaseIndex)
                {
                    known |= 1 << phaseIndex;
                }
                else if (!_strings.Contains(phase))
                {
                    _strings.Add(phase);
                }
            }
        }

        for (var phaseIndex = CodeTable.Phase.Count - 1; phaseIndex >= 0; phaseIndex--)
        {
            if ((known & (1 << phaseIndex)) != 0)
            {
                _strings.Insert(0, CodeTable.Phase[phaseIndex]);
            }
        }

        return Drain(_strings);
    }

    private void DesignInfo(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "designInfo"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("allocation"u8))
            {
                _draft.Allocation = Code(ref c, "allocation", CodeTable.Allocation);
            }
            else if (c.ValueTextEquals("interventionModel"u8))
            {
                _draft.InterventionModel = Code(ref c, "interventionModel", CodeTable.InterventionModel);
            }
            else if (c.ValueTextEquals("primaryPurpose"u8))
            {
                _draft.PrimaryPurpose = Code(ref c, "primaryPurpose", CodeTable.PrimaryPurpose);
            }
            else if (c.ValueTextEquals("maskingInfo"u8))
            {
                if (BeginObject(ref c, "maskingInfo"))
                {
                    while (NextProperty(ref c))
                    {
                        if (c.ValueTextEquals("masking"u8))
                        {
                            _draft.Masking = Code(ref c, "masking", CodeTable.Masking);
                        }
                        else if (c.ValueTextEquals("whoMasked"u8))
                        {
                            _draft.WhoMasked = Codes(ref c, "whoMasked", CodeTable.WhoMasked);
                        }
                        else
                        {
                            c.Skip();
                        }
                    }

                    EndObject();
                }
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private void EnrollmentInfo(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "enrollmentInfo"))
        {
            return;
        }

        int? count = null;
        string? type = null;
        var sawCount = false;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("count"u8))
            {
                sawCount = true;
                count = Count(ref c, "count");
            }
            else if (c.ValueTextEquals("type"u8))
            {
                type = Code(ref c, "type", CodeTable.EnrollmentType);
            }
            else
            {
                c.Skip();
            }
        }

        Require(sawCount, "count");
        EndObject();
        _draft.Enrollment = count is { } value ? new ClinicalTrialsGovEnrollment(value, type) : null;
    }

    private void ArmsInterventionsModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "armsInterventionsModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("armGroups"u8))
            {
                _draft.Arms = Arms(ref c);
            }
            else if (c.ValueTextEquals("interventions"u8))
            {
                _draft.Interventions = Interventions(ref c);
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private ImmutableArray<ClinicalTrialsGovArm> Arms(ref JsonCursor c)
    {
        if (!BeginArray(ref c, "armGroups"))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (!IsObject(ref c))
            {
                continue;
            }

            string? label = null, type = null, description = null;
            ImmutableArray<string> interventionNames = [];
            var sawLabel = false;
            while (NextProperty(ref c))
            {
                if (c.ValueTextEquals("label"u8))
                {
                    sawLabel = true;
                    label = Text(ref c, "label", required: true);
                }
                else if (c.ValueTextEquals("type"u8))
                {
                    type = Code(ref c, "type", CodeTable.ArmGroupType);
                }
                else if (c.ValueTextEquals("description"u8))
                {
                    description = Text(ref c, "description");
                }
                else if (c.ValueTextEquals("interventionNames"u8))
                {
                    interventionNames = Texts(ref c, "interventionNames");
                }
                else
                {
                    c.Skip();
                }
            }

            Require(sawLabel, "label");
            if (label is not null)
            {
                _arms.Add(new ClinicalTrialsGovArm { Label = label, Type = type, Description = description, InterventionNames = interventionNames });
            }
        }

        return Drain(_arms);
    }

    private ImmutableArray<ClinicalTrialsGovIntervention> Interventions(ref JsonCursor c)
    {
        if (!BeginArray(ref c, "interventions"))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (!IsObject(ref c))
            {
                continue;
            }

            string? name = null, type = null, description = null;
            ImmutableArray<string> otherNames = [], armGroupLabels = [];
            var sawName = false;
            while (NextProperty(ref c))
            {
                if (c.ValueTextEquals("name"u8))
                {
                    sawName = true;
                    name = Text(ref c, "name", required: true);
                }
                else if (c.ValueTextEquals("type"u8))
                {
                    type = Code(ref c, "type", CodeTable.InterventionType);
                }
                else if (c.ValueTextEquals("description"u8))
                {
                    description = Text(ref c, "description");
                }
                else if (c.ValueTextEquals("armGroupLabels"u8))
                {
                    armGroupLabels = Texts(ref c, "armGroupLabels");
                }
                else if (c.ValueTextEquals("otherNames"u8))
                {
                    otherNames = Texts(ref c, "otherNames");
                }
                else
                {
                    c.Skip();
                }
            }

            Require(sawName, "name");
            if (name is not null)
            {
                _interventions.Add(new ClinicalTrialsGovIntervention { Name = name, Type = type, Description = description, OtherNames = otherNames, ArmGroupLabels = armGroupLabels });
            }
        }

        return Drain(_interventions);
    }

    private void OutcomesModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "outcomesModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("primaryOutcomes"u8))
            {
                _draft.PrimaryOutcomes = Outcomes(ref c, "primaryOutcomes");
            }
            else if (c.ValueTextEquals("secondaryOutcomes"u8))
            {
                _draft.SecondaryOutcomes = Outcomes(ref c, "secondaryOutcomes");
            }
            else if (c.ValueTextEquals("otherOutcomes"u8))
            {
                _draft.OtherOutcomes = Outcomes(ref c, "otherOutcomes");
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private ImmutableArray<ClinicalTrialsGovOutcome> Outcomes(ref JsonCursor c, string name)
    {
        if (!BeginArray(ref c, name))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (!IsObject(ref c))
            {
                continue;
            }

            string? measure = null, description = null, timeFrame = null;
            var sawMeasure = false;
            while (NextProperty(ref c))
            {
                if (c.ValueTextEquals("measure"u8))
                {
                    sawMeasure = true;
                    measure = Text(ref c, "measure", required: true);
                }
                else if (c.ValueTextEquals("description"u8))
                {
                    description = Text(ref c, "description");
                }
                else if (c.ValueTextEquals("timeFrame"u8))
                {
                    timeFrame = Text(ref c, "timeFrame");
                }
                else
                {
                    c.Skip();
                }
            }

            Require(sawMeasure, "measure");
            if (measure is not null)
            {
                _outcomes.Add(new ClinicalTrialsGovOutcome(measure, description, timeFrame));
            }
        }

        return Drain(_outcomes);
    }

    private void EligibilityModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "eligibilityModule"))
        {
            return;
        }

        string? criteria = null, sex = null, minimumAge = null, maximumAge = null;
        ImmutableArray<string> standardAges = [];
        bool? healthyVolunteers = null;
        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("eligibilityCriteria"u8))
            {
                criteria = Text(ref c, "eligibilityCriteria");
            }
            else if (c.ValueTextEquals("healthyVolunteers"u8))
            {
                healthyVolunteers = Boolean(ref c, "healthyVolunteers");
            }
            else if (c.ValueTextEquals("sex"u8))
            {
                sex = Code(ref c, "sex", CodeTable.Sex);
            }
            else if (c.ValueTextEquals("minimumAge"u8))
            {
                minimumAge = Text(ref c, "minimumAge");
            }
            else if (c.ValueTextEquals("maximumAge"u8))
            {
                maximumAge = Text(ref c, "maximumAge");
            }
            else if (c.ValueTextEquals("stdAges"u8))
            {
                standardAges = Codes(ref c, "stdAges", CodeTable.StandardAge);
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
        _draft.Eligibility = new ClinicalTrialsGovEligibility
        {
            Criteria = criteria,
            Sex = sex,
            MinimumAge = minimumAge,
            MaximumAge = maximumAge,
            StandardAges = standardAges,
            HealthyVolunteers = healthyVolunteers,
        };
    }

    private void ContactsLocationsModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "contactsLocationsModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (!c.ValueTextEquals("locations"u8))
            {
                c.Skip();
            }
            else if (BeginArray(ref c, "locations"))
            {
                var index = -1;
                while (NextElement(ref c, ref index))
                {
                    if (!IsObject(ref c))
                    {
                        continue;
                    }

                    string? facility = null, city = null, state = null, country = null;
                    while (NextProperty(ref c))
                    {
                        if (c.ValueTextEquals("facility"u8))
                        {
                            facility = Text(ref c, "facility");
                        }
                        else if (c.ValueTextEquals("city"u8))
                        {
                            city = Text(ref c, "city");
                        }
                        else if (c.ValueTextEquals("state"u8))
                        {
                            state = Text(ref c, "state");
                        }
                        else if (c.ValueTextEquals("country"u8))
                        {
                            country = Text(ref c, "country");
                        }
                        else
                        {
                            c.Skip();
                        }
                    }

                    _locations.Add(new ClinicalTrialsGovLocation(facility, city, state, country));
                }

                _draft.Locations = Drain(_locations);
            }
        }

        EndObject();
    }

    private void ReferencesModule(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "referencesModule"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (!c.ValueTextEquals("references"u8))
            {
                c.Skip();
            }
            else if (BeginArray(ref c, "references"))
            {
                var index = -1;
                while (NextElement(ref c, ref index))
                {
                    if (!IsObject(ref c))
                    {
                        continue;
                    }

                    string? citation = null, pmid = null, type = null;
                    var sawCitation = false;
                    while (NextProperty(ref c))
                    {
                        if (c.ValueTextEquals("citation"u8))
                        {
                            sawCitation = true;
                            citation = Text(ref c, "citation", required: true);
                        }
                        else if (c.ValueTextEquals("pmid"u8))
                        {
                            pmid = Text(ref c, "pmid");
                        }
                        else if (c.ValueTextEquals("type"u8))
                        {
                            type = Code(ref c, "type", CodeTable.ReferenceType);
                        }
                        else
                        {
                            c.Skip();
                        }
                    }

                    Require(sawCitation, "citation");
                    if (citation is not null)
                    {
                        _references.Add(new ClinicalTrialsGovReference(citation, pmid, type));
                    }
                }

                _draft.References = Drain(_references);
            }
        }

        EndObject();
    }

    private void DerivedSection(ref JsonCursor c)
    {
        if (!BeginObject(ref c, "derivedSection"))
        {
            return;
        }

        while (NextProperty(ref c))
        {
            if (c.ValueTextEquals("miscInfoModule"u8))
            {
                if (BeginObject(ref c, "miscInfoModule"))
                {
                    while (NextProperty(ref c))
                    {
                        if (c.ValueTextEquals("versionHolder"u8))
                        {
                            _draft.DataVersion = FullDate(ref c, "versionHolder");
                        }
                        else
                        {
                            c.Skip();
                        }
                    }

                    EndObject();
                }
            }
            else if (c.ValueTextEquals("conditionBrowseModule"u8))
            {
                if (BeginObject(ref c, "conditionBrowseModule"))
                {
                    while (NextProperty(ref c))
                    {
                        if (c.ValueTextEquals("meshes"u8))
                        {
                            _draft.ConditionMeshTerms = MeshTerms(ref c);
                        }
                        else
                        {
                            c.Skip();
                        }
                    }

                    EndObject();
                }
            }
            else
            {
                c.Skip();
            }
        }

        EndObject();
    }

    private ImmutableArray<ClinicalTrialsGovMeshTerm> MeshTerms(ref JsonCursor c)
    {
        if (!BeginArray(ref c, "meshes"))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (!IsObject(ref c))
            {
                continue;
            }

            string? id = null, term = null;
            bool sawId = false, sawTerm = false;
            while (NextProperty(ref c))
            {
                if (c.ValueTextEquals("id"u8))
                {
                    sawId = true;
                    id = Text(ref c, "id", required: true);
                }
                else if (c.ValueTextEquals("term"u8))
                {
                    sawTerm = true;
                    term = Text(ref c, "term", required: true);
                }
                else
                {
                    c.Skip();
                }
            }

            Require(sawId, "id");
            Require(sawTerm, "term");
            if (id is not null && term is not null)
            {
                _meshTerms.Add(new ClinicalTrialsGovMeshTerm(id, term));
            }
        }

        return Drain(_meshTerms);
    }

    // ---- Values. Each reads the value of the property name the cursor is at, with the name on the path while it does.

    private string? NctId(ref JsonCursor c)
    {
        _path.Push("nctId");
        c.Read();
        string? nctId = null;
        if (c.TokenType != JsonTokenType.String)
        {
            TypeProblem(ref c, "an NCT number (a string)");
        }
        else if (IsNctId(c.ValueSpan) && !c.ValueIsEscaped)
        {
            nctId = c.GetString();
        }
        else
        {
            Problem($"expected an NCT number (NCT followed by eight digits), found {Quote(c.GetString())}");
        }

        _path.Pop();
        return nctId;
    }

    private string? Text(ref JsonCursor c, string name, bool required = false)
    {
        _path.Push(name);
        c.Read();
        var text = TextValue(ref c, required);
        _path.Pop();
        return text;
    }

    private string? TextValue(ref JsonCursor c, bool required)
    {
        if (c.TokenType == JsonTokenType.String)
        {
            return c.GetString();
        }

        if (c.TokenType != JsonTokenType.Null || required)
        {
            TypeProblem(ref c, "a string");
        }

        return null;
    }

    private string? Code(ref JsonCursor c, string name, CodeTable table)
    {
        _path.Push(name);
        c.Read();
        var code = CodeValue(ref c, table);
        _path.Pop();
        return code;
    }

    /// <summary>Reads a coded value: a known one as the library's own string, an unknown one as its text, with a warning.</summary>
    private string? CodeValue(ref JsonCursor c, CodeTable table)
    {
        if (c.TokenType != JsonTokenType.String)
        {
            return TextValue(ref c, required: false);
        }

        if (!c.ValueIsEscaped && table.IndexOf(c.ValueSpan) is >= 0 and var index)
        {
            return table[index];
        }

        var text = c.GetString()!;
        if (table.IndexOf(text) is >= 0 and var unescaped)
        {
            return table[unescaped];
        }

        _warnings.Add($"{_path}: '{text}' is not a {table.Description} the library knows; kept as text.");
        return text;
    }

    private ImmutableArray<string> Texts(ref JsonCursor c, string name)
    {
        if (!BeginArray(ref c, name))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (TextValue(ref c, required: true) is { } text)
            {
                _strings.Add(text);
            }
        }

        return Drain(_strings);
    }

    private ImmutableArray<string> Codes(ref JsonCursor c, string name, CodeTable table)
    {
        if (!BeginArray(ref c, name))
        {
            return [];
        }

        var index = -1;
        while (NextElement(ref c, ref index))
        {
            if (c.TokenType == JsonTokenType.Null)
            {
                TypeProblem(ref c, "a string");
            }
            else if (CodeValue(ref c, table) is { } code)
            {
                _strings.Add(code);
            }
        }

        return Drain(_strings);
    }

    private bool? Boolean(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        bool? value = null;
        if (c.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            value = c.GetBoolean();
        }
        else if (c.TokenType != JsonTokenType.Null)
        {
            TypeProblem(ref c, "true or false");
        }

        _path.Pop();
        return value;
    }

    private int? Count(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        int? value = null;
        if (c.TokenType == JsonTokenType.Number && c.TryGetInt32(out var count) && count >= 0)
        {
            value = count;
        }
        else
        {
            TypeProblem(ref c, "a whole number of participants (0 or more)");
        }

        _path.Pop();
        return value;
    }

    private PartialDate? Date(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        PartialDate? value = null;
        if (TryParseDate(ref c, out var date))
        {
            value = date;
        }
        else
        {
            TypeProblem(ref c, "a date as yyyy, yyyy-MM or yyyy-MM-dd");
        }

        _path.Pop();
        return value;
    }

    private LocalDate? FullDate(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        LocalDate? value = null;
        if (TryParseDate(ref c, out var date) && date.Precision == PartialDatePrecision.Day)
        {
            value = date.ToLocalDate();
        }
        else
        {
            TypeProblem(ref c, "a date as yyyy-MM-dd");
        }

        _path.Pop();
        return value;
    }

    private static bool TryParseDate(ref JsonCursor c, out PartialDate date)
    {
        date = default;
        if (c.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (c.ValueIsEscaped)
        {
            return PartialDate.TryParse(c.GetString(), out date);
        }

        // The longest form, yyyy-MM-dd, has ten characters; anything that is not ASCII is not a date.
        var bytes = c.ValueSpan;
        if (bytes.Length > 10)
        {
            return false;
        }

        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0x80)
            {
                return false;
            }

            chars[i] = (char)bytes[i];
        }

        return PartialDate.TryParse(chars[..bytes.Length], out date);
    }

    private static bool IsNctId(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length != 11 || !utf8.StartsWith("NCT"u8))
        {
            return false;
        }

        foreach (var b in utf8[3..])
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    // ---- Structure. The path holds the name of the object or array being read, and the index of the element.

    private static bool NextProperty(ref JsonCursor c)
    {
        c.Read();
        return c.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>At a property name: pushes it and moves to its value; true when that is an object.</summary>
    private bool BeginObject(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        if (IsObject(ref c))
        {
            return true;
        }

        _path.Pop();
        return false;
    }

    private void EndObject() => _path.Pop();

    /// <summary>At a value: true when it is an object; otherwise reports anything but null, and skips it.</summary>
    private bool IsObject(ref JsonCursor c)
    {
        if (c.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        if (c.TokenType != JsonTokenType.Null)
        {
            TypeProblem(ref c, "an object");
        }

        return false;
    }

    /// <summary>At a property name: pushes it and moves to its value; true when that is an array (then read it with <see cref="NextElement"/>, which pops the name at its end).</summary>
    private bool BeginArray(ref JsonCursor c, string name)
    {
        _path.Push(name);
        c.Read();
        if (c.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        if (c.TokenType != JsonTokenType.Null)
        {
            TypeProblem(ref c, "an array");
        }

        _path.Pop();
        return false;
    }

    private bool NextElement(ref JsonCursor c, ref int index)
    {
        if (index >= 0)
        {
            _path.Pop();
        }

        c.Read();
        if (c.TokenType == JsonTokenType.EndArray)
        {
            _path.Pop();
            return false;
        }

        index++;
        _path.Push(index);
        return true;
    }

    private static ImmutableArray<T> Drain<T>(List<T> items)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var array = ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(items));
        items.Clear();
        return array;
    }

    // ---- Problems.

    private void Require(bool seen, string member)
    {
        if (!seen)
        {
            Problem($"no {member}; expected one");
        }
    }

    private void Problem(string message) => _problems.Add($"{_path}: {message}");

    /// <summary>Reports a value of the wrong kind, and skips it.</summary>
    private void TypeProblem(ref JsonCursor c, string expected)
    {
        Problem($"expected {expected}, found {Describe(ref c)}");
        c.Skip();
    }

    private static string Describe(ref JsonCursor c) => c.TokenType switch
    {
        JsonTokenType.String => Quote(c.GetString()),
        JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(c.ValueSpan)}",
        _ => JsonTokenText.Describe(c.TokenType),
    };

    private static string Quote(string? text) =>
        text is null ? "null"
        : text.Length <= MaxQuotedLength ? $"'{text}'"
        : $"'{text[..MaxQuotedLength]}…' ({text.Length} characters)";

    /// <summary>What a study said, gathered while its tokens go by; becomes a record only when the study had no problem.</summary>
    private sealed class Draft
    {
        internal string? NctId;
        internal bool SawNctId;
        internal LocalDate? DataVersion;
        internal ImmutableArray<string> NctIdAliases = [];
        internal string? BriefTitle;
        internal string? OfficialTitle;
        internal string? Acronym;
        internal string? OrgStudyId;
        internal ImmutableArray<ClinicalTrialsGovSecondaryId> SecondaryIds = [];
        internal string? OverallStatus;
        internal string? LastKnownStatus;
        internal string? WhyStopped;
        internal ClinicalTrialsGovDate? StartDate;
        internal ClinicalTrialsGovDate? PrimaryCompletionDate;
        internal ClinicalTrialsGovDate? CompletionDate;
        internal ClinicalTrialsGovOrganization? LeadSponsor;
        internal ImmutableArray<ClinicalTrialsGovOrganization> Collaborators = [];
        internal string? BriefSummary;
        internal string? DetailedDescription;
        internal ImmutableArray<string> Conditions = [];
        internal ImmutableArray<string> Keywords = [];
        internal ImmutableArray<ClinicalTrialsGovMeshTerm> ConditionMeshTerms = [];
        internal string? StudyType;
        internal ImmutableArray<string> Phases = [];
        internal string? Allocation;
        internal string? InterventionModel;
        internal string? Masking;
        internal ImmutableArray<string> WhoMasked = [];
        internal string? PrimaryPurpose;
        internal ClinicalTrialsGovEnrollment? Enrollment;
        internal ImmutableArray<ClinicalTrialsGovArm> Arms = [];
        internal ImmutableArray<ClinicalTrialsGovIntervention> Interventions = [];
        internal ImmutableArray<ClinicalTrialsGovOutcome> PrimaryOutcomes = [];
        internal ImmutableArray<ClinicalTrialsGovOutcome> SecondaryOutcomes = [];
        internal ImmutableArray<ClinicalTrialsGovOutcome> OtherOutcomes = [];
        internal ClinicalTrialsGovEligibility? Eligibility;
        internal ImmutableArray<ClinicalTrialsGovLocation> Locations = [];
        internal ImmutableArray<ClinicalTrialsGovReference> References = [];
        internal bool? HasResults;

        internal ClinicalTrialsGovRecord ToRecord() => new()
        {
            NctId = NctId!,
            Format = ClinicalTrialsGovFormat.ApiV2,
            DataVersion = DataVersion,
            NctIdAliases = NctIdAliases,
            BriefTitle = BriefTitle,
            OfficialTitle = OfficialTitle,
            Acronym = Acronym,
            OrgStudyId = OrgStudyId,
            SecondaryIds = SecondaryIds,
            OverallStatus = OverallStatus,
            LastKnownStatus = LastKnownStatus,
            WhyStopped = WhyStopped,
            StartDate = StartDate,
            PrimaryCompletionDate = PrimaryCompletionDate,
            CompletionDate = CompletionDate,
            LeadSponsor = LeadSponsor,
            Collaborators = Collaborators,
            BriefSummary = BriefSummary,
            DetailedDescription = DetailedDescription,
            Conditions = Conditions,
            Keywords = Keywords,
            ConditionMeshTerms = ConditionMeshTerms,
            StudyType = StudyType,
            Phases = Phases,
            Allocation = Allocation,
            InterventionModel = InterventionModel,
            Masking = Masking,
            WhoMasked = WhoMasked,
            PrimaryPurpose = PrimaryPurpose,
            Enrollment = Enrollment,
            Arms = Arms,
            Interventions = Interventions,
            PrimaryOutcomes = PrimaryOutcomes,
            SecondaryOutcomes = SecondaryOutcomes,
            OtherOutcomes = OtherOutcomes,
            Eligibility = Eligibility,
            Locations = Locations,
            References = References,
            HasResults = HasResults,
        };
    }
}
