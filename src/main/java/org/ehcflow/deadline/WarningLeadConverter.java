package org.ehcflow.deadline;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

@Component
@ConfigurationPropertiesBinding
class WarningLeadConverter implements Converter<String, WarningLead> {

    @Override
    public WarningLead convert(String source) {
        return WarningLead.parse(source);
    }
}
