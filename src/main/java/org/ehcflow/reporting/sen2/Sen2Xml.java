package org.ehcflow.reporting.sen2;

import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The return as the DfE's COLLECT system takes it: a Message with its Header (collection, year, reference date, the
 * council and the software) and one Person per child, each request nested with its assessment, named plan and, for a
 * plan in place on the reference date, its placement, SEN need and latest review. Items with no value are left out.
 */
final class Sen2Xml {

    static final String SOFTWARE = "EHC Flow";

    private Sen2Xml() {
    }

    static String of(Sen2Return.Document document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Message");
            header(xml, document);
            xml.writeStartElement("Persons");
            for (List<Sen2Case> person : document.persons()) {
                person(xml, person, document.collection());
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The SEN2 return could not be written", e);
        }
        return out.toString();
    }

    private static void header(XMLStreamWriter xml, Sen2Return.Document document) throws XMLStreamException {
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        item(xml, "Collection", "SEN2");
        item(xml, "Year", Integer.toString(document.collection().year()));
        item(xml, "ReferenceDate", document.collection().referenceDate().toString());
        xml.writeEndElement();
        xml.writeStartElement("Source");
        item(xml, "SourceLevel", "L");
        item(xml, "LEA", document.laNumber());
        item(xml, "SoftwareCode", SOFTWARE);
        item(xml, "Release", document.release());
        item(xml, "SerialNo", "001");
        item(xml, "DateTime", LocalDateTime.from(document.madeAt()).truncatedTo(ChronoUnit.SECONDS).toString());
        item(xml, "DMO", document.designatedMedicalOfficer());
        item(xml, "DCO", document.designatedClinicalOfficer());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void person(XMLStreamWriter xml, List<Sen2Case> cases, CollectionYear collection) throws XMLStreamException {
        xml.writeStartElement("Person");
        items(xml, Sen2Items.person(cases.get(0).child()));
        for (Sen2Case c : cases) {
            xml.writeStartElement("Requests");
            items(xml, Sen2Items.request(c, collection));
            if (Sen2Items.hasAssessment(c)) {
                xml.writeStartElement("Assessment");
                items(xml, Sen2Items.assessment(c, collection));
                if (c.plan().startDate() != null) {
                    namedPlan(xml, c.plan());
                }
                xml.writeEndElement();
            }
            if (c.plan().activeOn(collection.referenceDate())) {
                xml.writeStartElement("ActivePlans");
                if (c.plan().hasNamedPlacement()) {
                    xml.writeStartElement("PlacementDetail");
                    items(xml, Sen2Items.placement(c.plan(), true));
                    xml.writeEndElement();
                }
                if (c.plan().primaryNeed() != null) {
                    xml.writeStartElement("SENneed");
                    items(xml, Sen2Items.senNeed(c.plan()));
                    xml.writeEndElement();
                }
                items(xml, Sen2Items.review(c.lastReview()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** StartDate, the placement (PlanDetail), then CeaseDate and CeaseReason: the specification's order. */
    private static void namedPlan(XMLStreamWriter xml, Sen2Case.Plan plan) throws XMLStreamException {
        Map<String, String> items = Sen2Items.namedPlan(plan);
        xml.writeStartElement("NamedPlan");
        item(xml, "StartDate", items.remove("StartDate"));
        if (plan.hasNamedPlacement()) {
            xml.writeStartElement("PlanDetail");
            items(xml, Sen2Items.placement(plan, false));
            xml.writeEndElement();
        }
        items(xml, items);
        xml.writeEndElement();
    }

    private static void items(XMLStreamWriter xml, Map<String, String> items) throws XMLStreamException {
        for (Map.Entry<String, String> item : items.entrySet()) {
            item(xml, item.getKey(), item.getValue());
        }
    }

    private static void item(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
