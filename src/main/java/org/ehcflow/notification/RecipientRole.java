package org.ehcflow.notification;

/** Who a notification is for; the address comes from the case, the partner configuration or Camunda's users. */
public enum RecipientRole {
    PARENT, SCHOOL, HEALTH, SOCIAL_CARE, EDUCATIONAL_PSYCHOLOGY, OFFICER, MANAGER
}
