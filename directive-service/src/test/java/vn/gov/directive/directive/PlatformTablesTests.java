package vn.gov.directive.directive;

import vn.gov.directive.testsupport.PlatformTablesContract;

class PlatformTablesTests extends PlatformTablesContract {
}
