package vn.police.grievance.conference;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The conference's pages (static/hoi-nghi/): the folder's address opens its page, as a person
 * types it or follows the link from Tasklist and Cockpit.
 */
@Configuration
class ConferencePages implements WebMvcConfigurer {

  static final String PATH = "/hoi-nghi/";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/hoi-nghi", PATH);
    registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
  }
}
